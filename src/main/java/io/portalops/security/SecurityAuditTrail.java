package io.portalops.security;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and lockouts on the audit log (ADR 014). Requests authenticated by a token are not sign-ins. Failed sign-ins
 * are audited aggregated by {@link FailedSignInAudit} (ADR 018), not one row per attempt.
 */
@Component
class SecurityAuditTrail {

    private final AuditLog audit;

    SecurityAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // an SSO sign-in is audited by SsoSignIn, with its provider
        if (event.getAuthentication() instanceof AccountTokenAuthentication
                || event.getAuthentication().getPrincipal() instanceof SsoAccountUser) {
            return;
        }
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails account) {
            audit.record(new AuditEntry(
                    "auth.login",
                    "account",
                    Long.toString(account.getAccountId()),
                    Map.of(),
                    AuditActor.account(account.getAccountId(), account.getUsername())));
        }
    }

    @EventListener
    void onLocked(AccountLocked event) {
        audit.record(new AuditEntry(
                "auth.locked",
                "account",
                Long.toString(event.accountId()),
                Map.of(
                        "username",
                        event.username(),
                        "lockedUntil",
                        event.lockedUntil().toString()),
                AuditActor.SYSTEM));
    }
}
