package io.portalops.audit;

import org.jspecify.annotations.Nullable;

/** Who acted: a signed-in account, an API client, the system (a job), or nobody yet (a failed login). */
public record AuditActor(
        Type type, @Nullable Long id, @Nullable String name) {

    public enum Type {
        ACCOUNT,
        API_CLIENT,
        SYSTEM,
        ANONYMOUS
    }

    public static final AuditActor SYSTEM = new AuditActor(Type.SYSTEM, null, "system");

    public static AuditActor anonymous(@Nullable String name) {
        return new AuditActor(Type.ANONYMOUS, null, name);
    }

    public static AuditActor account(long id, String username) {
        return new AuditActor(Type.ACCOUNT, id, username);
    }
}
