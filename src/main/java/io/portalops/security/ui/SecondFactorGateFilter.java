package io.portalops.security.ui;

import io.portalops.security.SignInStep;
import io.portalops.shared.security.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after {@link BrowserSignInFilter}: a session whose sign-in still needs its second step (ADR 033) reaches only
 * that step's page, the login and logout, and Vaadin's own requests (whose navigation {@link SecondFactorGuard} checks).
 * Any other page is redirected to the step, any other request refused. For the requests it lets through, the session's
 * authentication is replaced, for this request only, by one without roles, so that no role-guarded view or service
 * answers before the step is done, whatever the UI shows.
 */
class SecondFactorGateFilter extends OncePerRequestFilter {

    static final String CODE_PATH = "/login/code";
    static final String ENROL_PATH = "/account/two-factor";
    private static final Set<String> OPEN_PATHS = Set.of(
            "/login",
            "/logout",
            "/favicon.ico",
            "/sw.js",
            "/manifest.webmanifest",
            "/offline.html",
            "/sw-runtime-resources-precache.js");
    // static resources, the themes' stylesheets (Lumo.STYLESHEET is served under /lumo/) included
    private static final List<String> OPEN_PREFIXES =
            List.of("/VAADIN/", "/styles/", "/images/", "/icons/", "/lumo/", "/aura/");

    private final SecondFactorGate gate;

    SecondFactorGateFilter(SecondFactorGate gate) {
        this.gate = gate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            SignInStep step = gate.pending(SessionAttributes.of(session), principal.getAccountId());
            if (step != SignInStep.NONE) {
                String stepPath = step == SignInStep.CODE ? CODE_PATH : ENROL_PATH;
                if (!allowed(request, stepPath)) {
                    if ("GET".equals(request.getMethod())) {
                        response.sendRedirect(request.getContextPath() + stepPath);
                    } else {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    }
                    return;
                }
                // a new context object: the session's own keeps the roles for when the step is done
                SecurityContext withoutRoles = SecurityContextHolder.createEmptyContext();
                withoutRoles.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
                SecurityContextHolder.setContext(withoutRoles);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request, String stepPath) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(stepPath)
                || OPEN_PATHS.contains(path)
                || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        // Vaadin's UIDL, heartbeat and push requests go to the servlet root with a v-r parameter; the navigation they
        // carry is checked by the guard, on the server
        return (path.isEmpty() || path.equals("/")) && request.getParameter("v-r") != null;
    }
}
