package io.portalops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machine clients by the {@code X-API-Key} header. The client's scopes become {@code SCOPE_*}
 * authorities; it holds no role, so it can do nothing a scope does not allow. A present but unknown or disabled key
 * answers 401 at once.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiClientService clients;

    ApiKeyAuthenticationFilter(ApiClientService clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClientListItem> client = key.isBlank() ? Optional.empty() : clients.authenticate(key.strip());
        if (client.isEmpty()) {
            ProblemResponses.write(response, 401, "Unauthorized", "The API key is unknown, revoked or disabled.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(client.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static final class ApiClientAuthentication extends AbstractAuthenticationToken {
        private final ApiClientListItem client;

        ApiClientAuthentication(ApiClientListItem client) {
            super(client.scopes().stream()
                    .map(s -> new SimpleGrantedAuthority("SCOPE_" + s))
                    .toList());
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return client.name();
        }

        List<String> scopes() {
            return List.copyOf(client.scopes());
        }
    }
}
