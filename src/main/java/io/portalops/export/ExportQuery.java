package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.grid.GridColumnNames;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.text.PlainText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What to export: exactly what a grid shows, with its filters and sort. Built by the module that owns the grid, so
 * the rows come through that module's service.
 *
 * @param grid    the grid's id, e.g. {@code contracts}: lower case letters and dashes
 * @param title   the grid's name for people, e.g. "Contracts": the sheet name and the start of the file name
 * @param filters the filters and sort in force, as shown in the export record (null values are dropped)
 * @param headers the column headers
 * @param roles   the roles that may export this grid (their row scope still applies)
 * @param rows    writes the rows
 */
public record ExportQuery(
        String grid,
        String title,
        Map<String, String> filters,
        List<String> headers,
        Set<String> roles,
        ExportRows rows) {

    public ExportQuery {
        if (grid == null || !grid.matches("[a-z][a-z-]{1,31}")) {
            throw new IllegalArgumentException("A grid id is lower case with dashes: " + grid);
        }
        if (headers == null || headers.isEmpty()) {
            throw new IllegalArgumentException("An export needs columns");
        }
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        headers = List.copyOf(headers);
        roles = Set.copyOf(roles);
    }

    /** The names the {@code columns} parameter takes: each header in lower case with dashes, e.g. {@code cancel-by}. */
    public List<String> columnNames() {
        return headers.stream().map(GridColumnNames::of).toList();
    }

    /**
     * The same export with only the columns the grid shows, in the grid's order: names the export does not have (a
     * grid's action column) are passed over, and when none is left the export keeps all its columns.
     */
    public ExportQuery followingGrid(List<String> visibleColumns) {
        List<Integer> picked = picked(visibleColumns, false);
        return picked.isEmpty() ? this : selected(picked);
    }

    /** The same export with exactly these columns, in this order (the API's {@code columns}); any other is bad input. */
    public ExportQuery withColumns(List<String> columns) {
        List<Integer> picked = picked(columns, true);
        if (picked.isEmpty()) {
            throw new InvalidInputException(
                    "columns", "Name at least one column; this grid has " + columnNames() + ".");
        }
        return selected(picked);
    }

    private List<Integer> picked(List<String> columns, boolean strict) {
        List<String> names = columnNames();
        List<Integer> picked = new ArrayList<>();
        for (String column : columns) {
            int index = names.indexOf(column.strip());
            if (index < 0 || picked.contains(index)) {
                if (strict) {
                    throw new InvalidInputException(
                            "columns",
                            (index < 0
                                            ? "Unknown column '" + PlainText.sanitized(column) + "'"
                                            : "Column '" + column + "' twice")
                                    + "; this grid has " + names + ".");
                }
                continue;
            }
            picked.add(index);
        }
        return picked;
    }

    private ExportQuery selected(List<Integer> picked) {
        if (picked.size() == headers.size()
                && picked.equals(java.util.stream.IntStream.range(0, headers.size())
                        .boxed()
                        .toList())) {
            return this;
        }
        Map<String, String> recorded = new LinkedHashMap<>(filters);
        List<String> names = columnNames();
        recorded.put("columns", picked.stream().map(names::get).collect(Collectors.joining(",")));
        ExportRows all = rows;
        return new ExportQuery(
                grid,
                title,
                recorded,
                picked.stream().map(headers::get).toList(),
                roles,
                sink -> all.writeTo(row -> {
                    List<Object> cells = new ArrayList<>(picked.size());
                    for (int index : picked) {
                        cells.add(row.get(index));
                    }
                    sink.accept(cells);
                }));
    }

    /** Filter descriptions from name/value pairs, in order, leaving out the null and blank values. */
    public static Map<String, String> filters(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Give names and values in pairs");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof Instant instant) {
                // seconds are what a person reads and what the grid's pickers set
                value = instant.truncatedTo(ChronoUnit.SECONDS);
            }
            if (value != null && !value.toString().isBlank()) {
                filters.put(String.valueOf(namesAndValues[i]), value.toString());
            }
        }
        return filters;
    }

    /** The sort as recorded, e.g. {@code END_DATE asc, NUMBER desc}; null for the grid's default. */
    public static @Nullable String sort(List<? extends SortOrder<?>> sort) {
        return sort.isEmpty()
                ? null
                : sort.stream()
                        .map(o -> o.property().name() + (o.ascending() ? " asc" : " desc"))
                        .collect(Collectors.joining(", "));
    }

    /** Refuses a filter value that cannot be parsed, naming the parameter. */
    public static InvalidInputException badFilter(String name, String value) {
        return new InvalidInputException(name, "'" + value + "' is not a valid value for " + name + ".");
    }
}
