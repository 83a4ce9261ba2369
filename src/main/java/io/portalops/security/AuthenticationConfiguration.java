package io.portalops.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.portalops.shared.crypto.SecretResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * One authentication manager for the login form and the token endpoint, so that both count failed logins alike.
 * <p>
 * Services guard themselves with {@code @PreAuthorize}. JSR-250 method security stays off: the only
 * {@code @RolesAllowed}/{@code @PermitAll} annotations are on Vaadin views, which Vaadin's navigation access control
 * checks; as method security they made Spring proxy every view (and fail on the final MainLayout), so no view could open.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({
    LockoutProperties.class,
    OidcProperties.class,
    PasswordLoginProperties.class,
    DemoSsoProperties.class,
    MfaProperties.class
})
class AuthenticationConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher eventPublisher,
            LoginThrottle throttle,
            FailedSignInAudit failedSignIns,
            ApplicationEventPublisher events,
            Clock clock,
            SignInMetrics metrics,
            PasswordLoginProperties passwordLogin,
            SsoLogin sso,
            SecondFactorStore secondFactors,
            SecondFactorCheck secondFactorCheck,
            MfaPolicyService mfaPolicy) {
        // not Spring's DaoAuthenticationProvider: it decides "locked" before the password check (ADR 018)
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(new PasswordSignIn(
                userDetails,
                passwordEncoder,
                throttle,
                failedSignIns,
                events,
                clock,
                metrics,
                passwordLogin,
                secondFactors,
                secondFactorCheck,
                mfaPolicy)));
        // the OIDC code exchange, here and not in the Vaadin chain's own manager, so its success is published alike
        sso.authenticationProvider().ifPresent(providers::add);
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(eventPublisher);
        return manager;
    }

    @Bean
    SecretKey jwtSigningKey(SecretResolver secrets) {
        return new SecretKeySpec(secrets.resolve("portalops.security.jwt.secret", "jwt.key", 32), "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
        return NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
