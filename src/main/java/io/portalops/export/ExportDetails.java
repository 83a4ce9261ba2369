package io.portalops.export;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An export record as its owner sees it on the download page. */
public record ExportDetails(
        long id,
        String grid,
        ExportFormat format,
        Map<String, String> filters,
        String accountName,
        ExportStatus status,
        boolean background,
        long rows,
        @Nullable Long sizeBytes,
        @Nullable String sha256,
        @Nullable String signature,
        String fileName,
        Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable Instant expiresAt,
        @Nullable String error) {

    /** Whether the file can still be downloaded at {@code now}. */
    public boolean downloadable(Instant now) {
        return status == ExportStatus.READY && expiresAt != null && now.isBefore(expiresAt);
    }
}
