package io.portalops.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One action to put on the audit log. The actor and the client address are taken from the current request unless
 * given; details are plain values (strings, numbers, booleans, nested maps and lists) and never secrets.
 *
 * @param action     dotted, e.g. {@code auth.login_failed}, {@code contract.approved}, {@code pii.reveal}
 * @param targetType what the action was about, e.g. {@code contract}; null for none
 */
public record AuditEntry(
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        Map<String, ?> details,
        @Nullable AuditActor actor) {

    public AuditEntry {
        if (action == null || !action.matches("[a-z][a-z0-9_.]{1,63}")) {
            throw new IllegalArgumentException(
                    "An audit action is dotted lower case, e.g. contract.approved: " + action);
        }
        details = details == null ? Map.of() : details;
    }

    public static AuditEntry of(
            String action, @Nullable String targetType, @Nullable Object targetId, Map<String, ?> details) {
        return new AuditEntry(action, targetType, targetId == null ? null : targetId.toString(), details, null);
    }
}
