package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The active filters of a {@link FilterBar} as removable chips, under the grid's toolbar: they show what narrows the
 * grid even while the bar is folded away on a phone, and a click on one clears that filter (the bar then reloads the
 * grid and rewrites the URL, as for any change).
 */
@StyleSheet("styles/grid-filters.css")
public class FilterChips extends Div {

    private final FilterBar filters;

    public FilterChips(FilterBar filters) {
        this.filters = filters;
        addClassName("filter-chips");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Active filters");
        filters.addFiltersChangedListener(this::redraw);
        redraw();
    }

    private void redraw() {
        removeAll();
        var active = filters.activeFilters();
        for (FilterBar.ActiveFilter filter : active) {
            String text = filter.value().isEmpty() ? filter.label() : filter.label() + ": " + filter.value();
            Button chip = new Button(
                    text,
                    VaadinIcon.CLOSE_SMALL.create(),
                    click -> filter.clear().run());
            chip.setIconAfterText(true);
            chip.addClassName("filter-chip");
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setAriaLabel("Remove filter " + text);
            add(chip);
        }
        if (active.size() > 1) {
            Button all = new Button("Clear all", click -> filters.clearAll());
            all.addClassName("filter-chips-clear");
            all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(all);
        }
        setVisible(!active.isEmpty());
    }
}
