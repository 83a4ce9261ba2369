package io.portalops.export;

import org.jspecify.annotations.Nullable;

/**
 * How far an export has come: rows written so far, and whether it moved to the background (past the threshold the
 * user is told by a notification when it is ready).
 */
public record ExportProgress(
        long exportId,
        ExportStatus status,
        long rows,
        boolean background,
        String fileName,
        @Nullable String error) {

    public boolean finished() {
        return status != ExportStatus.RUNNING;
    }
}
