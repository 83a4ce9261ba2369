package io.portalops.export;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the Exports grid: the grid exported (exact id, e.g. {@code contracts}), who exported (username
 * starting with), the format and the status. Empty text and null mean "any".
 */
public record ExportFilter(
        @Nullable String grid,
        @Nullable String account,
        @Nullable ExportFormat format,
        @Nullable ExportStatus status) {

    public static ExportFilter none() {
        return new ExportFilter(null, null, null, null);
    }
}
