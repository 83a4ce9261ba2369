package io.portalops.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit entry as the Audit screen shows it. */
public record AuditLogItem(long seq, Instant occurredAt, String actorType, @Nullable String actorName, String action,
        @Nullable String targetType, @Nullable String targetId, String details, @Nullable String clientIp, String hash) {
}
