package io.portalops.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The browser side of OpenID Connect sign-in (docs/security/sso.md): what the Vaadin chain adds when a provider is
 * configured, and nothing when none is. The code exchange runs in the one {@code AuthenticationManager} (see
 * {@link AuthenticationConfiguration}) so that its success is published and audited like a password sign-in.
 */
@Component
public class SsoLogin {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SsoLogin.class);

    /** The page that explains a refused SSO sign-in; {@code reason} is an {@link SsoRefusedException} code. */
    public static final String REFUSED_PAGE = "sso-refused";

    private final SsoRegistrations registrations;
    private final SsoSignIn signIn;
    private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SsoLogin(SsoRegistrations registrations, SsoSignIn signIn) {
        this.registrations = registrations;
        this.signIn = signIn;
    }

    /** Adds OpenID Connect login to the Vaadin chain; without providers, does nothing. */
    public void applyToWeb(HttpSecurity http) throws Exception {
        if (registrations.repository().isEmpty()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations.repository().get())
                // the provider's access token is not used after sign-in: kept in the session, never in a shared store
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler(this::succeeded)
                .failureHandler(SsoLogin::failed));
    }

    /**
     * A provider trusted for it ({@code trust-mfa-claims}) that asserts a second factor in the ID token's {@code amr}
     * or {@code acr} ({@code mfa-acr-values}) stands in for PortalOps' own TOTP step (ADR 033); otherwise the session goes through that step as after a
     * password. Then on to the page asked for, as the default handler does.
     */
    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof SsoAccountUser user
                && registrations.trustsMfaClaims(token.getAuthorizedClientRegistrationId())
                && SsoClaims.assertsSecondFactor(
                        user.getIdToken().getClaimAsStringList("amr"),
                        user.getIdToken().getClaimAsString("acr"),
                        registrations.mfaAcrValues(token.getAuthorizedClientRegistrationId()))) {
            SecondFactorSession.markSatisfiedByIdentityProvider(request.getSession(), user.getAccountId());
        }
        afterSignIn.onAuthenticationSuccess(request, response, authentication);
    }

    /** RP-initiated logout for an SSO sign-in at a provider that offers it; a plain redirect to the login otherwise. */
    public Optional<LogoutSuccessHandler> logoutSuccessHandler() {
        return registrations.repository().map(repository -> {
            OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(repository);
            handler.setPostLogoutRedirectUri("{baseUrl}/login");
            handler.setDefaultTargetUrl("/login");
            return handler;
        });
    }

    Optional<AuthenticationProvider> authenticationProvider() {
        if (registrations.repository().isEmpty()) {
            return Optional.empty();
        }
        OidcUserService claims = new OidcUserService();
        return Optional.of(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), request -> {
                    String providerId = request.getClientRegistration().getRegistrationId();
                    OidcUser user = claims.loadUser(request);
                    try {
                        return signIn.signIn(providerId, user);
                    } catch (DataIntegrityViolationException raced) {
                        // two first sign-ins of one new user at once (two tabs, a double click): the other one
                        // provisioned the account, its link or its username, and this transaction rolled back; a
                        // second attempt, in a transaction of its own, finds the account by its link
                        return signIn.signIn(providerId, user);
                    }
                }));
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String target = e instanceof SsoRefusedException refused
                ? UriComponentsBuilder.fromPath("/" + REFUSED_PAGE)
                        .queryParam("reason", refused.getError().getErrorCode())
                        .toUriString()
                : "/login?sso-error";
        if (!(e instanceof SsoRefusedException)) {
            // an invalid or expired ID token, a wrong state, a provider error: the user sees one message, the log why
            log.info(
                    "SSO sign-in failed: {}",
                    e instanceof OAuth2AuthenticationException oauth ? oauth.getError() : e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
