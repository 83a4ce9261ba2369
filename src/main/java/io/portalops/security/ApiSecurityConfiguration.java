package io.portalops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The machine side: {@code /api/**}, stateless, bearer tokens only, rate limited, errors as problem details.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, JwtDecoder jwtDecoder, AccountRepository accounts,
            AccountUserDetailsService userDetails, TokenService tokens, ApiClientService apiClients,
            @Value("${portalops.api.rate-limit.per-minute:300}") long perMinute) throws Exception {
        AccessTokenConverter converter = new AccessTokenConverter(accounts, userDetails, tokens);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new RateLimitFilter(perMinute), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiKeyAuthenticationFilter(apiClients), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/logout").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ApiSecurityConfiguration::unauthorized)
                        .accessDeniedHandler(ApiSecurityConfiguration::forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ApiSecurityConfiguration::unauthorized)
                        .accessDeniedHandler(ApiSecurityConfiguration::forbidden));
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.write(response, 401, "Unauthorized",
                "A valid bearer access token is required: POST /api/auth/token to get one.");
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(response, 403, "Forbidden", "Your roles do not allow this request.");
    }
}
