package io.portalops.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The History tab of every detail screen: one row per changed field, who / when / field: old → new, newest first.
 * Modules turn their Envers revisions into {@link Change}s (masking personal data first) and hand them over.
 */
public class HistoryGrid extends Grid<HistoryGrid.Row> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** One revision: when, who, what kind of change, and its field changes (field, old, new). */
    public record Change(Instant at, String actor, String kind, List<Field> fields) {}

    public record Field(String name, String oldValue, String newValue) {}

    public record Row(String when, String who, String what, String field, String oldValue, String newValue) {}

    public HistoryGrid() {
        super(Row.class, false);
        addColumn(Row::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(Row::who).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        addColumn(Row::what).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        addColumn(Row::field).setHeader("Field").setAutoWidth(true);
        addComponentColumn(HistoryGrid::change).setHeader("Change").setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText("No recorded changes yet. Changes made in PortalOps appear here with who made them.");
        setSizeFull();
    }

    public void show(List<Change> changes) {
        List<Row> rows = new ArrayList<>();
        for (Change change : changes) {
            String when = WHEN.format(change.at());
            if (change.fields().isEmpty()) {
                rows.add(new Row(when, change.actor(), change.kind(), "", "", ""));
            }
            change.fields()
                    .forEach(f -> rows.add(
                            new Row(when, change.actor(), change.kind(), f.name(), f.oldValue(), f.newValue())));
        }
        setItems(rows);
    }

    private static Div change(Row row) {
        Span old = new Span(row.oldValue().isEmpty() ? "—" : row.oldValue());
        old.addClassName("old-value");
        Span next = new Span(row.newValue().isEmpty() ? "—" : row.newValue());
        next.addClassName("new-value");
        Div div = new Div(old, new Span(" → "), next);
        div.addClassName("field-change");
        return div;
    }
}
