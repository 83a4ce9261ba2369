package io.portalops.security;

import io.portalops.shared.web.ApiProperties;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What both filter chains share (docs/security/headers.md, ADR 018): the security headers on every response, the
 * rate-limit buckets, and where the API documentation lives. The Vaadin chain is configured next to its login view,
 * in {@code security.ui}, and calls {@link #applyToWeb}.
 */
@Component
public class WebHardening {

    /**
     * What Vaadin Flow and ECharts need, and no more (docs/security/headers.md, each part tried without in Chromium):
     * Flow starts its client engine with inline scripts and runs server-sent JavaScript through {@code new Function}
     * ('unsafe-inline', 'unsafe-eval'); Lumo and the components set inline styles; Lumo's icon font is a data: URL;
     * Push opens a same-origin WebSocket, which 'self' covers. ECharts draws SVG and needs nothing more.
     */
    private static final RequestMatcher DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**"));

    private final String contentSecurityPolicy;
    private final String permissionsPolicy;
    private final boolean docsPublic;
    private final RateLimitFilter.Buckets buckets;

    WebHardening(HeaderProperties headers, ApiProperties api) {
        this.contentSecurityPolicy = headers.contentSecurityPolicy();
        this.permissionsPolicy = headers.permissionsPolicy();
        this.docsPublic = api.docs().isPublic();
        this.buckets = new RateLimitFilter.Buckets(
                api.rateLimit().perMinute(), api.rateLimit().refillPeriod());
    }

    /** The Vaadin chain: headers, and the API's rate limit on the login form's POST. */
    public void applyToWeb(HttpSecurity http) throws Exception {
        headers(http);
        if (!docsPublic) {
            // any signed-in account; Vaadin's own rule for other paths would deny them
            http.authorizeHttpRequests(auth -> auth.requestMatchers(DOCS).authenticated());
        }
        http.addFilterBefore(
                new RateLimitFilter(
                        buckets, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")),
                UsernamePasswordAuthenticationFilter.class);
    }

    /**
     * A chain for a URL that carries its own secret token, such as the calendar feed: no session, no CSRF (nothing it
     * changes), every request allowed through to the endpoint (which answers 404 for a bad token), the security
     * headers, and the same per-address rate limit as the other anonymous endpoints.
     */
    public void applyToTokenUrl(HttpSecurity http) throws Exception {
        headers(http);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new RateLimitFilter(buckets, request -> true), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
    }

    /** Requests the API chain serves: all of /api/**, except the documentation when it needs a UI sign-in. */
    RequestMatcher apiRequests() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return docsPublic ? api : request -> api.matches(request) && !DOCS.matches(request);
    }

    boolean docsPublic() {
        return docsPublic;
    }

    RateLimitFilter apiRateLimit() {
        return new RateLimitFilter(buckets, request -> true);
    }

    void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                // before the request goes on: Vaadin's pages are served through a forward, and headers written only
                // when the response commits were lost on it (the login page had none)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentTypeOptions(options -> {})
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", permissionsPolicy))
                // sent only over HTTPS (a request Tomcat sees as secure, also behind a trusted TLS proxy)
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
