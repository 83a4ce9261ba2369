package io.portalops.export;

import java.util.Set;

/**
 * A grid that can be exported over the API ({@code GET /api/export?grid=...}): implemented by the module that owns
 * the grid, which turns the query parameters into its filter and streams the rows through its own service.
 */
public interface GridExportSource {

    /** The grid's id, the {@code grid} parameter. */
    String grid();

    /** The filter and sort parameters it accepts, named as on the grid's own list endpoint. */
    Set<String> parameters();

    ExportQuery query(ExportParameters parameters);

    /** The roles that may export the grid (their row scope still applies). */
    Set<String> roles();
}
