package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.grid.Grid;
import io.portalops.shared.grid.GridColumnNames;
import io.portalops.shared.grid.GridColumnState;
import io.portalops.shared.grid.GridState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The column control of one grid: order, visibility, width and a frozen first column, read from and applied to the
 * grid. Every column is resizable and can be dragged; each drag, resize or choice is reported to {@code changed},
 * which remembers it for the user.
 */
public final class GridColumns<T> {

    private final Grid<T> grid;
    private final List<Grid.Column<T>> defaultOrder;
    private final Map<String, @Nullable String> defaultWidths = new HashMap<>();
    private final Runnable changed;
    /** The order on screen: the server does not learn it from a drag except through the reorder event. */
    private List<Grid.Column<T>> order;

    private boolean freezeFirst;
    private final Map<String, List<String>> exportHeaders = new HashMap<>();

    GridColumns(Grid<T> grid, Runnable changed) {
        this.grid = grid;
        this.changed = changed;
        this.defaultOrder = List.copyOf(grid.getColumns());
        this.order = new ArrayList<>(defaultOrder);
        for (Grid.Column<T> column : defaultOrder) {
            if (column.getKey() == null) {
                throw new IllegalStateException("Give every column of a grid with saved views a key (setKey)");
            }
            column.setResizable(true);
            defaultWidths.put(column.getKey(), column.getWidth());
        }
        grid.setColumnReorderingAllowed(true);
        grid.addColumnReorderListener(event -> {
            order = new ArrayList<>(event.getColumns());
            if (event.isFromClient()) {
                freeze();
                changed.run();
            }
        });
        grid.addColumnResizeListener(event -> {
            if (event.isFromClient()) {
                changed.run();
            }
        });
    }

    /** The columns as they are now, without filters or sort. */
    public GridState state() {
        List<GridColumnState> columns = new ArrayList<>();
        for (Grid.Column<T> column : order) {
            String width =
                    Objects.equals(column.getWidth(), defaultWidths.get(column.getKey())) ? null : column.getWidth();
            columns.add(new GridColumnState(column.getKey(), !column.isVisible(), width));
        }
        return new GridState(Map.of(), List.of(), columns, freezeFirst);
    }

    /** Puts the columns as the state says; columns it does not name follow in their own order, as they come. */
    public void apply(GridState state) {
        List<Grid.Column<T>> next = new ArrayList<>();
        for (GridColumnState saved : state.columns()) {
            Grid.Column<T> column = grid.getColumnByKey(saved.key());
            if (column != null && !next.contains(column)) {
                next.add(column);
                column.setVisible(!saved.hidden());
                width(column, saved.width() != null ? saved.width() : defaultWidths.get(saved.key()));
            }
        }
        for (Grid.Column<T> column : defaultOrder) {
            if (!next.contains(column)) {
                next.add(column);
                column.setVisible(true);
                width(column, defaultWidths.get(column.getKey()));
            }
        }
        order = next;
        grid.setColumnOrder(next);
        freezeFirst = state.freezeFirstColumn();
        freeze();
    }

    /** The grid's own columns again. */
    public void reset() {
        apply(GridState.empty());
        changed.run();
    }

    public void show(String key, boolean visible) {
        Grid.Column<T> column = grid.getColumnByKey(key);
        if (column == null || column.isVisible() == visible) {
            return;
        }
        if (!visible && order.stream().filter(Grid.Column::isVisible).count() <= 1) {
            return; // a grid without a column shows nothing to bring them back from
        }
        column.setVisible(visible);
        freeze();
        changed.run();
    }

    public void freezeFirstColumn(boolean freeze) {
        if (freezeFirst != freeze) {
            freezeFirst = freeze;
            freeze();
            changed.run();
        }
    }

    public boolean isFirstColumnFrozen() {
        return freezeFirst;
    }

    /** The columns in their order on screen, shown or not. */
    public List<Grid.Column<T>> ordered() {
        return List.copyOf(order);
    }

    /** The keys of the visible columns, in order. */
    public List<String> visibleKeys() {
        return order.stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }

    /**
     * The visible columns by the name an export knows them by ({@link GridColumnNames}): the header text, or the key
     * of a column whose header is an icon.
     */
    public List<String> exportNames() {
        return order.stream()
                .filter(Grid.Column::isVisible)
                .flatMap(c -> exportHeaders
                        .getOrDefault(
                                c.getKey(),
                                List.of(
                                        c.getHeaderText() == null
                                                        || c.getHeaderText().isBlank()
                                                ? c.getKey()
                                                : c.getHeaderText()))
                        .stream())
                .map(GridColumnNames::of)
                .toList();
    }

    /** The export's columns that a grid column shows under another header, e.g. "Cancel by" for "Cancellation deadline". */
    void exportAs(String key, List<String> headers) {
        if (grid.getColumnByKey(key) == null) {
            throw new IllegalArgumentException("No column " + key);
        }
        exportHeaders.put(key, List.copyOf(headers));
    }

    /** What the chooser calls a column: its header, or its key when the header is an icon. */
    static String label(Grid.Column<?> column) {
        String header = column.getHeaderText();
        if (header != null && !header.isBlank()) {
            return header;
        }
        String key = column.getKey().replace('-', ' ').replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static void width(Grid.Column<?> column, @Nullable String width) {
        if (width == null) {
            column.getElement().removeProperty("width");
        } else {
            column.setWidth(width);
        }
    }

    private void freeze() {
        boolean first = true;
        for (Grid.Column<T> column : order) {
            boolean frozen = freezeFirst && first && column.isVisible();
            column.setFrozen(frozen);
            if (column.isVisible()) {
                first = false;
            }
        }
    }
}
