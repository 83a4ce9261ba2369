package io.portalops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The operations side: {@code /actuator/**} (docs/ops/observability.md). Liveness and readiness answer anyone, as a
 * load balancer or an orchestrator asks them without a credential and they tell nothing but UP or DOWN. Everything else
 * needs an ADMIN's bearer token, except the Prometheus scrape, which also takes an API key with the {@code metrics:read}
 * scope, so a scraper holds a key that can do nothing else. Stateless: no session, no login form, problem details.
 */
@Configuration
class ActuatorSecurityConfiguration {

    static final String METRICS_SCOPE = "SCOPE_metrics:read";

    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(
            HttpSecurity http,
            JwtDecoder jwtDecoder,
            AccountRepository accounts,
            AccountUserDetailsService userDetails,
            TokenService tokens,
            ApiClientService apiClients,
            WebHardening hardening)
            throws Exception {
        AccessTokenConverter converter = new AccessTokenConverter(accounts, userDetails, tokens);
        hardening.headers(http);
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new ApiKeyAuthenticationFilter(apiClients), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .access(AuthorizationManagers.anyOf(
                                AuthorityAuthorizationManager.hasRole("ADMIN"),
                                AuthorityAuthorizationManager.hasAuthority(METRICS_SCOPE)))
                        .anyRequest()
                        .hasRole("ADMIN"))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ActuatorSecurityConfiguration::unauthorized)
                        .accessDeniedHandler(ActuatorSecurityConfiguration::forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ActuatorSecurityConfiguration::unauthorized)
                        .accessDeniedHandler(ActuatorSecurityConfiguration::forbidden));
        return http.build();
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.write(
                response,
                401,
                "Unauthorized",
                "An ADMIN's bearer access token is required (or, for /actuator/prometheus, an API key with metrics:read).");
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(response, 403, "Forbidden", "Operations endpoints need the ADMIN role.");
    }
}
