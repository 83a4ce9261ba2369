package io.portalops.export;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "is this file a genuine PortalOps export?": genuine (with the export it is), modified (a signature
 * was given for other content), or not genuine (no signed export has this content).
 */
public record ExportVerification(
        Outcome outcome,
        String message,
        String sha256,
        @Nullable Long exportId,
        @Nullable String grid,
        @Nullable String exportedBy,
        @Nullable Instant exportedAt,
        @Nullable Long rows) {

    public enum Outcome {
        GENUINE,
        MODIFIED,
        NOT_GENUINE
    }

    public boolean genuine() {
        return outcome == Outcome.GENUINE;
    }
}
