package io.portalops.calendar.api;

import io.portalops.security.WebHardening;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The feed URL works without a session, like the token endpoints: its own stateless chain, ahead of the Vaadin chain
 * (which would redirect to the login page), rate limited per client address (ADR 041).
 */
@Configuration
class CalendarFeedSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http, WebHardening hardening) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/calendar/*.ics"));
        hardening.applyToTokenUrl(http);
        return http.build();
    }
}
