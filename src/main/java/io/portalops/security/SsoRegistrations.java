package io.portalops.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The client registrations built from {@link OidcProperties}, read from each issuer's discovery document at start-up
 * (so a wrong issuer URI stops the start instead of the first sign-in). Empty when no provider is configured.
 */
@Component
public class SsoRegistrations {

    /** Where a provider sends the browser back; register {@code <base URL>/login/oauth2/code/<id>} at the provider. */
    public static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final Map<String, OidcProperties.Provider> providers;
    private final Optional<ClientRegistrationRepository> repository;
    private final List<SignInOption> options;

    SsoRegistrations(OidcProperties properties, ObjectProvider<DemoIdentityProvider> demo) {
        Map<String, OidcProperties.Provider> all = new LinkedHashMap<>(properties.providers());
        demo.ifAvailable(provider -> all.putIfAbsent(DemoIdentityProvider.ID, provider.provider()));
        this.providers = Collections.unmodifiableMap(all);
        List<ClientRegistration> registrations = new ArrayList<>();
        List<SignInOption> listed = new ArrayList<>();
        for (Map.Entry<String, OidcProperties.Provider> entry : providers.entrySet()) {
            registrations.add(registration(entry.getKey(), entry.getValue()));
            listed.add(new SignInOption(
                    entry.getKey(),
                    entry.getValue().displayNameOr(entry.getKey()),
                    "/oauth2/authorization/" + entry.getKey()));
        }
        this.repository = registrations.isEmpty()
                ? Optional.empty()
                : Optional.of(new InMemoryClientRegistrationRepository(registrations));
        this.options = List.copyOf(listed);
    }

    private static ClientRegistration registration(String id, OidcProperties.Provider provider) {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(
                        provider.issuerUri().toString())
                .registrationId(id)
                .clientId(provider.clientId())
                .clientName(provider.displayNameOr(id))
                .scope(provider.scopes())
                .redirectUri(REDIRECT_URI);
        if (provider.clientSecret() == null || provider.clientSecret().isBlank()) {
            // a public client: no secret, and Spring Security adds PKCE to the authorization request
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(provider.clientSecret());
        }
        return builder.build();
    }

    /** Whether any provider is configured; without one nothing of SSO is wired. */
    public boolean enabled() {
        return repository.isPresent();
    }

    Optional<ClientRegistrationRepository> repository() {
        return repository;
    }

    /** The login page's "Sign in with …" buttons, in configuration order. */
    public List<SignInOption> options() {
        return options;
    }

    /**
     * Whether the provider's {@code amr}/{@code acr} claims may stand in for PortalOps' own second factor (for the TOTP
     * policy); false for an unknown provider.
     */
    public boolean trustsMfaClaims(String providerId) {
        OidcProperties.Provider provider = providers.get(providerId);
        return provider != null && provider.trustMfaClaims();
    }

    /** The provider's {@code acr} values that mean a second factor; none for an unknown provider. */
    List<String> mfaAcrValues(String providerId) {
        OidcProperties.Provider provider = providers.get(providerId);
        List<String> values = provider == null ? null : provider.mfaAcrValues();
        return values == null ? List.of() : values;
    }

    /** The configured providers, and the demo profile's own one, by id. */
    Map<String, OidcProperties.Provider> providers() {
        return providers;
    }
}
