package io.portalops.security.ui;

import io.portalops.security.SignInService;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A browser session that ends on this node, by sign-out or timeout, ends its sign-in row too, so the list stays true. */
@Component
class BrowserSessionEndListener implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(BrowserSessionEndListener.class);

    private final SignInService signIns;
    private final LocalBrowserSessions local;

    BrowserSessionEndListener(SignInService signIns, LocalBrowserSessions local) {
        this.signIns = signIns;
        this.local = local;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (!(session.getAttribute(SignInService.SESSION_ATTRIBUTE) instanceof UUID signInId)) {
            return;
        }
        local.forget(signInId);
        long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
        boolean timedOut =
                session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
        try {
            signIns.browserSessionEnded(signInId, !timedOut);
        } catch (RuntimeException e) {
            // e.g. while the application shuts down; the row then ages out of the list by its last use
            log.warn("Could not end sign-in {} with its session: {}", signInId, e.toString());
        }
    }
}
