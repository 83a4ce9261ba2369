package io.portalops.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.portalops.security.SignInService;
import io.portalops.security.SsoLogin;
import io.portalops.security.WebHardening;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The human side: Vaadin views behind the login form, with Vaadin's view access control. Lives with the views
 * because it names the login view class, which makes Vaadin reroute inside the UI instead of reloading the page.
 * Headers and the login form's rate limit come from {@link WebHardening}, shared with the API chain.
 */
@Configuration
class WebSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SignInService signIns,
            LocalBrowserSessions localSessions,
            WebHardening hardening,
            SsoLogin sso,
            SecondFactorGate secondFactorGate)
            throws Exception {
        hardening.applyToWeb(http);
        // OpenID Connect sign-in when a provider is configured (docs/security/sso.md); nothing otherwise
        sso.applyToWeb(http);
        http.authenticationManager(authenticationManager)
                .addFilterAfter(new BrowserSignInFilter(signIns, localSessions), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/styles/**", "/images/**", "/swagger-ui/**", "/favicon.ico", "/icons/**")
                        .permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class);
                    sso.logoutSuccessHandler().ifPresent(vaadin::logoutSuccessHandler);
                });
        http.formLogin(form -> form.failureHandler(new KeepUsernameOnFailure("/login?error")));
        // the second step of a sign-in (ADR 033): after the sign-in check, before anything that reads the roles
        http.addFilterAfter(new SecondFactorGateFilter(secondFactorGate), BrowserSignInFilter.class);
        return http.build();
    }
}
