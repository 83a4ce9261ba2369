package io.portalops.gridview;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.grid.GridColumnState;
import io.portalops.shared.grid.GridSort;
import io.portalops.shared.grid.GridState;
import io.portalops.shared.text.PlainText;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a grid state against its grid (only the grid's own query parameters and column keys, bounded sizes, plain
 * one-line values) and turns it to and from the JSON stored. Whatever the API or a tampered client sends, a stored
 * state only ever names what the grid's URL and columns could.
 */
final class GridStates {

    static final int MAX_PARAMETERS = 20;
    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_SORT = 5;
    /** What a column resize leaves (e.g. {@code 243.5px}) or a grid sets (e.g. {@code 9.5rem}). */
    private static final Pattern WIDTH = Pattern.compile("\\d{1,4}(\\.\\d{1,3})?(px|rem|em|%)");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GridStates() {}

    static KnownGrids.Grid grid(String grid) {
        return KnownGrids.of(grid)
                .orElseThrow(() -> new InvalidInputException(
                        "grid",
                        "Unknown grid '" + PlainText.sanitized(grid) + "'; grids with views are " + KnownGrids.ids()
                                + "."));
    }

    static void check(KnownGrids.Grid grid, GridState state) {
        if (state.parameters().size() > MAX_PARAMETERS) {
            throw new InvalidInputException(
                    "state.parameters", "A view keeps at most " + MAX_PARAMETERS + " parameters.");
        }
        for (Map.Entry<String, List<String>> parameter : state.parameters().entrySet()) {
            if (!grid.parameters().contains(parameter.getKey())) {
                throw new InvalidInputException(
                        "state.parameters",
                        "This grid has no parameter '" + PlainText.sanitized(parameter.getKey()) + "'; it takes "
                                + new TreeSet<>(grid.parameters()) + ".");
            }
            if (parameter.getValue().size() > MAX_VALUES) {
                throw new InvalidInputException(
                        "state.parameters", "A parameter keeps at most " + MAX_VALUES + " values.");
            }
            for (String value : parameter.getValue()) {
                if (value == null || value.length() > MAX_VALUE_LENGTH || PlainText.singleLineProblem(value) != null) {
                    throw new InvalidInputException(
                            "state.parameters",
                            "Each value of '" + parameter.getKey() + "' is one line of at most " + MAX_VALUE_LENGTH
                                    + " characters.");
                }
            }
        }
        if (state.sort().size() > MAX_SORT) {
            throw new InvalidInputException("state.sort", "A view sorts by at most " + MAX_SORT + " columns.");
        }
        Set<String> sorted = new HashSet<>();
        for (GridSort sort : state.sort()) {
            column(grid, sort == null ? null : sort.key(), "state.sort");
            if (!sorted.add(sort.key())) {
                throw new InvalidInputException("state.sort", "Sort by each column once.");
            }
        }
        checkColumns(grid, state.columns());
    }

    static void checkColumns(KnownGrids.Grid grid, List<GridColumnState> columns) {
        Set<String> seen = new HashSet<>();
        for (GridColumnState column : columns) {
            column(grid, column == null ? null : column.key(), "state.columns");
            if (!seen.add(column.key())) {
                throw new InvalidInputException("state.columns", "Each column appears once.");
            }
            if (column.width() != null && !WIDTH.matcher(column.width()).matches()) {
                throw new InvalidInputException(
                        "state.columns", "A column width is a number with px, rem, em or %, e.g. 240px.");
            }
        }
    }

    private static void column(KnownGrids.Grid grid, @Nullable String key, String field) {
        if (key == null || !grid.columns().contains(key)) {
            throw new InvalidInputException(
                    field,
                    "This grid has no column '" + PlainText.sanitized(key) + "'; its columns are " + grid.columns()
                            + ".");
        }
    }

    static String json(GridState state) {
        return JSON.writeValueAsString(state);
    }

    static GridState state(String json) {
        return JSON.readValue(json, GridState.class);
    }
}
