package io.portalops.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The human side: Vaadin views behind the login form, with Vaadin's view access control.
 */
@Configuration
class WebSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/swagger-ui/**").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("login"));
        return http.build();
    }
}
