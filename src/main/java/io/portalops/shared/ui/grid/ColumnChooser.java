package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Columns" button of a grid: a checkbox per column to show or hide it, "Freeze first column", and a reset to
 * the grid's own columns. Dragging and resizing happen on the grid itself.
 */
@StyleSheet("styles/grid-views.css")
public class ColumnChooser extends Composite<Div> {

    final Button button = new Button("Columns", VaadinIcon.COG_O.create());
    final Popover popover = new Popover();
    final Checkbox freeze = new Checkbox("Freeze first column");
    final Map<String, Checkbox> shown = new LinkedHashMap<>();
    private final GridColumns<?> columns;
    private final Div list = new Div();

    ColumnChooser(GridColumns<?> columns) {
        this.columns = columns;
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("column-chooser-button");
        button.setAriaLabel("Choose columns");
        list.addClassName("column-chooser-list");
        freeze.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                columns.freezeFirstColumn(change.getValue());
            }
        });
        Button reset = new Button("Reset columns", click -> {
            columns.reset();
            refresh();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div content = new Div(list, new Hr(), freeze, reset);
        content.addClassName("column-chooser");
        popover.add(content);
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                refresh();
            }
        });
        getContent().add(button, popover);
        refresh();
    }

    /** The checkbox of a column, by key (tests and keyboard users reach the same control). */
    public Checkbox checkbox(String key) {
        return java.util.Objects.requireNonNull(shown.get(key), () -> "No column " + key);
    }

    public Checkbox freezeCheckbox() {
        return freeze;
    }

    public void open() {
        refresh();
        popover.open();
    }

    /**
     * Follows the grid: the order after a drag, the columns after a view was applied. The checkboxes are rebuilt only
     * when the columns or their order changed; otherwise each keeps its place and only its value follows. Rebuilding on
     * every opening lost a click that came before the server's answer to the opening (measured in Chromium: the click
     * landed on a checkbox that the answer then replaced).
     */
    void refresh() {
        List<? extends Grid.Column<?>> ordered = columns.ordered();
        List<String> keys = ordered.stream().map(Grid.Column::getKey).toList();
        if (keys.equals(List.copyOf(shown.keySet()))) {
            ordered.forEach(column ->
                    java.util.Objects.requireNonNull(shown.get(column.getKey())).setValue(column.isVisible()));
            freeze.setValue(columns.isFirstColumnFrozen());
            return;
        }
        list.removeAll();
        shown.clear();
        for (Grid.Column<?> column : ordered) {
            Checkbox box = new Checkbox(GridColumns.label(column), column.isVisible());
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    columns.show(column.getKey(), change.getValue());
                    box.setValue(column.isVisible()); // the last visible column stays
                }
            });
            shown.put(column.getKey(), box);
            list.add(box);
        }
        freeze.setValue(columns.isFirstColumnFrozen());
    }
}
