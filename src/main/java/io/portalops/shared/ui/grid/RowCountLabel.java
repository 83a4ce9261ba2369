package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.RowCount;
import java.util.function.Supplier;

/**
 * How many rows match the grid's filter, for the left of the {@link GridToolbar}: "1,234 contracts" or
 * "10,000+ contracts" (or "about 1.2M events" where the service asks the planner). The view calls
 * {@link #refresh()} whenever its filter changes; the count comes from the module's service, scoped like the grid's
 * own query.
 */
public class RowCountLabel extends Span {

    private final Supplier<RowCount> count;
    private final String one;
    private final String many;
    private RowCount last = RowCount.exact(0);

    public RowCountLabel(Supplier<RowCount> count, String one, String many) {
        this.count = count;
        this.one = one;
        this.many = many;
        addClassName("grid-row-count");
        getElement().setAttribute("aria-live", "polite");
        addAttachListener(attach -> refresh());
    }

    /** Refreshes whenever the grid's rows are refreshed, which is when its filter changes. */
    public RowCountLabel follow(Grid<?> grid) {
        grid.getDataProvider().addDataProviderListener(change -> refresh());
        return this;
    }

    public void refresh() {
        try {
            last = count.get();
        } catch (InvalidInputException badFilter) {
            // the grid shows the filter's message and no rows; no count either
            last = RowCount.exact(0);
            setText("");
            return;
        }
        setText(last.label(one, many));
        setTitle(
                last.estimated()
                        ? "More than " + RowCount.exact(RowCount.CAP).label()
                                + " match; this is PostgreSQL's estimate, as counting them all would slow the grid"
                        : last.atLeast()
                                ? "More than " + last.label() + " match; counting stops there so the grid stays fast"
                                : "Rows matching the filters");
    }

    public RowCount count() {
        return last;
    }
}
