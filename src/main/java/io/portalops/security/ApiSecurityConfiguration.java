package io.portalops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The machine side: {@code /api/**}, stateless, bearer tokens only, rate limited per account or client address,
 * errors as problem details.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            JwtDecoder jwtDecoder,
            AccountRepository accounts,
            AccountUserDetailsService userDetails,
            TokenService tokens,
            ApiClientService apiClients,
            WebHardening hardening,
            SsoApiTokens ssoTokens)
            throws Exception {
        AccessTokenConverter converter = new AccessTokenConverter(accounts, userDetails, tokens);
        // with SSO providers, their access tokens too, chosen by issuer (docs/security/sso-api.md)
        var byIssuer = ssoTokens.resolver(ownTokens(jwtDecoder, converter));
        hardening.headers(http);
        http.securityMatcher(hardening.apiRequests())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new ApiKeyAuthenticationFilter(apiClients), SecurityContextHolderFilter.class)
                // after authentication, so that a signed-in caller is limited per account and not per address
                .addFilterAfter(hardening.apiRateLimit(), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/logout")
                        .permitAll()
                        // when not public, the documentation is served by the Vaadin chain, behind its sign-in
                        .requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> {
                    byIssuer.ifPresentOrElse(
                            resourceServer::authenticationManagerResolver,
                            () -> resourceServer.jwt(
                                    jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(converter)));
                    resourceServer
                            .authenticationEntryPoint(ApiSecurityConfiguration::unauthorized)
                            .accessDeniedHandler(ApiSecurityConfiguration::forbidden);
                })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ApiSecurityConfiguration::unauthorized)
                        .accessDeniedHandler(ApiSecurityConfiguration::forbidden));
        return http.build();
    }

    private static AuthenticationManager ownTokens(JwtDecoder jwtDecoder, AccessTokenConverter converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
        provider.setJwtAuthenticationConverter(converter);
        return new ProviderManager(provider);
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.write(
                response,
                401,
                "Unauthorized",
                "A valid bearer access token is required: POST /api/auth/token to get one.");
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(response, 403, "Forbidden", "Your roles do not allow this request.");
    }
}
