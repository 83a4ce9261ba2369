package io.portalops.security;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins, failed sign-ins and lockouts on the audit log (ADR 014). Requests authenticated by a token are not sign-ins. */
@Component
class SecurityAuditTrail {

    private final AuditLog audit;

    SecurityAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof AccountTokenAuthentication) {
            return;
        }
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails account) {
            audit.record(new AuditEntry("auth.login", "account", Long.toString(account.getAccountId()), Map.of(),
                    AuditActor.account(account.getAccountId(), account.getUsername())));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // whatever was typed, kept as long as a username may be
        String typed = event.getAuthentication().getName() == null ? "" : event.getAuthentication().getName();
        String username = typed.length() <= 200 ? typed : typed.substring(0, 200);
        audit.record(new AuditEntry("auth.login_failed", "account", null,
                Map.of("username", username, "reason", event.getException().getClass().getSimpleName()),
                AuditActor.anonymous(username)));
    }

    @EventListener
    void onLocked(AccountLocked event) {
        audit.record(new AuditEntry("auth.locked", "account", Long.toString(event.accountId()),
                Map.of("username", event.username(), "lockedUntil", event.lockedUntil().toString()), AuditActor.SYSTEM));
    }
}
