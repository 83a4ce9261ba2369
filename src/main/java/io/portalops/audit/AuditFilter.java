package io.portalops.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The Audit screen's filters; each is optional. Action and actor match from the start, ignoring case. */
public record AuditFilter(
        @Nullable String action,
        @Nullable String actor,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
