package io.portalops.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** An audit entry as the Audit screen shows it. */
public record AuditLogItem(
        long seq,
        Instant occurredAt,
        String actorType,
        @Nullable String actorName,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        String details,
        @Nullable String clientIp,
        String hash) {

    /** The details indented, one field a line, for the entry's detail panel. */
    public String detailsPretty() {
        return JsonMapper.shared().readTree(details).toPrettyString();
    }
}
