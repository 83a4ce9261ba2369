package io.portalops.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common part of a grid's export source: its id, title, columns, the roles that may export it and the API filter
 * names. A module's source adds how its filter is read from the parameters and which service streams the rows.
 */
public abstract class GridExport implements GridExportSource {

    private final String grid;
    private final String title;
    private final List<String> headers;
    private final Set<String> roles;
    private final Set<String> parameters;

    protected GridExport(String grid, String title, List<String> headers, Set<String> roles, Set<String> parameters) {
        this.grid = grid;
        this.title = title;
        this.headers = List.copyOf(headers);
        this.roles = Set.copyOf(roles);
        this.parameters = Set.copyOf(parameters);
    }

    @Override
    public final String grid() {
        return grid;
    }

    @Override
    public final Set<String> roles() {
        return roles;
    }

    @Override
    public final Set<String> parameters() {
        return parameters;
    }

    /** The export of this grid with these filters (as recorded) and rows. */
    protected final ExportQuery exportOf(Map<String, String> filters, ExportRows rows) {
        return new ExportQuery(grid, title, filters, headers, roles, rows);
    }
}
