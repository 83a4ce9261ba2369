package io.portalops.shared.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a saved view reproduces: the grid's URL query parameters (its filters, exactly as the URL carries them), the
 * sort, and the columns in their order with their visibility and width.
 *
 * @param parameters        query parameter name to values, as in the grid's URL
 * @param sort              the sort orders, first one first
 * @param columns           every column the user placed, in order; columns not listed keep their place after them
 * @param freezeFirstColumn whether the first visible column stays put while scrolling sideways
 */
public record GridState(
        Map<String, List<String>> parameters,
        List<GridSort> sort,
        List<GridColumnState> columns,
        boolean freezeFirstColumn) {

    public GridState {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        }
        parameters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? List.of() : List.copyOf(sort);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The grid as it comes: no filters, its own sort and columns. */
    public static GridState empty() {
        return new GridState(Map.of(), List.of(), List.of(), false);
    }

    /** The same columns without filters or sort: what the per-user column memory keeps. */
    public GridState columnsOnly() {
        return new GridState(Map.of(), List.of(), columns, freezeFirstColumn);
    }
}
