package io.portalops.security.ui;

import io.portalops.security.AccountUserDetails;
import io.portalops.security.SignInClient;
import io.portalops.security.SignInService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the UI's security chain, right after the session's security context is loaded: every request of a signed-in
 * browser session, page loads and Vaadin's UIDL and Push requests alike, is checked against its sign-in row. A session
 * whose sign-in was ended (by its owner, an admin, or a password, role or enabled change on any node) is invalidated
 * here and the request goes on anonymous, so the page redirects to the login and a UIDL request finds its session
 * expired (ADR 017).
 */
class BrowserSignInFilter extends OncePerRequestFilter {

    private final SignInService signIns;
    private final LocalBrowserSessions local;

    BrowserSignInFilter(SignInService signIns, LocalBrowserSessions local) {
        this.signIns = signIns;
        this.local = local;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.getPrincipal() instanceof AccountUserDetails principal) {
            UUID signInId = session.getAttribute(SignInService.SESSION_ATTRIBUTE) instanceof UUID id ? id : null;
            Optional<UUID> kept = signIns.checkBrowser(
                    signInId, principal, new SignInClient(request.getHeader("User-Agent"), request.getRemoteAddr()));
            if (kept.isEmpty()) {
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (!kept.get().equals(signInId)) {
                session.setAttribute(SignInService.SESSION_ATTRIBUTE, kept.get());
                local.track(kept.get(), principal.getAccountId(), session);
            }
        }
        chain.doFilter(request, response);
    }
}
