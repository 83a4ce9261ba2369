package io.portalops.security.ui;

import io.portalops.security.SignInService;
import io.portalops.security.SignInsEnded;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browser sessions of this node by sign-in. When sign-ins end here, their HTTP sessions are invalidated at once,
 * which closes the Vaadin session and its Push connection, so nothing more is pushed to the tab. Sessions on other
 * nodes end at their next request through {@link BrowserSignInFilter} (ADR 017).
 */
@Component
class LocalBrowserSessions {

    private record Tracked(long accountId, HttpSession session) {}

    private final Map<UUID, Tracked> sessions = new ConcurrentHashMap<>();
    private final SignInService signIns;

    LocalBrowserSessions(SignInService signIns) {
        this.signIns = signIns;
    }

    void track(UUID signInId, long accountId, HttpSession session) {
        sessions.put(signInId, new Tracked(accountId, session));
    }

    void forget(UUID signInId) {
        sessions.remove(signInId);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onEnded(SignInsEnded event) {
        String requestSession = requestSessionId();
        sessions.forEach((signInId, tracked) -> {
            // the session of the request that ended it finishes its response first; the filter ends it on the next one
            if (tracked.accountId() == event.accountId()
                    && !isSession(tracked.session(), requestSession)
                    && !signIns.isOpen(signInId)) {
                sessions.remove(signInId);
                try {
                    tracked.session().invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended by a request or a timeout in the meantime
                }
            }
        });
    }

    private static @Nullable String requestSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static boolean isSession(HttpSession session, @Nullable String id) {
        try {
            return id != null && id.equals(session.getId());
        } catch (IllegalStateException invalid) {
            return false;
        }
    }
}
