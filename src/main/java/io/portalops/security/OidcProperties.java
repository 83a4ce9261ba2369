package io.portalops.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * OpenID Connect providers, {@code portalops.security.oidc.providers.<id>.*} (docs/security/sso.md, ADR 031). None
 * configured means no SSO at all: no buttons, no {@code /oauth2/**} endpoints, and the API accepts only its own tokens.
 *
 * @param providers the OpenID Connect providers by id (lower-case letters, digits and '-'): issuer-uri, client-id,
 *                  client-secret, scopes, display-name, groups-claim, role-mapping.&lt;group&gt;, trust-mfa-claims,
 *                  mfa-acr-values and api-audience each (docs/security/sso.md)
 */
@Validated
@ConfigurationProperties("portalops.security.oidc")
record OidcProperties(
        Map<
                        @Pattern(
                                regexp = "[a-z0-9][a-z0-9-]{0,63}",
                                message = "a provider id is lower-case letters, digits and '-'")
                        String,
                        @Valid Provider>
                providers) {

    OidcProperties {
        providers = providers == null ? Map.of() : new LinkedHashMap<>(providers);
    }

    /**
     * One provider. {@code roleMapping} maps a value of the groups claim to a PortalOps role; a user with no mapped
     * group is refused. {@code apiAudience}: the
     * {@code aud} an API access token must carry (default: the client id). {@code trustMfaClaims}: the provider's {@code amr}/{@code acr} may stand in for the TOTP step;
     * {@code mfaAcrValues}: the {@code acr} values of this provider that mean a second factor was used (acr values are
     * the provider's own, e.g. Okta's {@code urn:okta:loa:2fa:any} or a Keycloak level such as {@code 2}).
     */
    record Provider(
            @NotNull URI issuerUri,
            @NotBlank String clientId,
            @Nullable String clientSecret,
            @Nullable List<@NotBlank String> scopes,
            @Nullable String displayName,
            @Nullable String groupsClaim,
            @Nullable Map<String, Role> roleMapping,
            boolean trustMfaClaims,
            @Nullable String apiAudience,
            @Nullable List<@NotBlank String> mfaAcrValues) {

        static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "email");
        static final String DEFAULT_GROUPS_CLAIM = "groups";

        Provider {
            scopes = scopes == null || scopes.isEmpty() ? DEFAULT_SCOPES : List.copyOf(scopes);
            if (!scopes.contains("openid")) {
                throw new IllegalArgumentException("The scopes of an OpenID Connect provider must include openid");
            }
            if (issuerUri.toString().length() > SsoSignIn.MAX_ISSUER) {
                // account_link.issuer holds it: a longer one could only be stored cut, and two cut issuers could
                // then name one account, so it is refused at start rather than at every sign-in
                throw new IllegalArgumentException("The issuer-uri of an OpenID Connect provider is at most "
                        + SsoSignIn.MAX_ISSUER + " characters");
            }
            groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? DEFAULT_GROUPS_CLAIM : groupsClaim;
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
            mfaAcrValues = mfaAcrValues == null ? List.of() : List.copyOf(mfaAcrValues);
        }

        String apiAudienceOrClientId() {
            return apiAudience == null || apiAudience.isBlank() ? clientId : apiAudience;
        }

        String displayNameOr(String id) {
            return displayName == null || displayName.isBlank() ? id : displayName;
        }

        /** The issuer as tokens name it: without a trailing slash, which some configurations add. */
        String issuer() {
            String text = issuerUri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        }
    }
}
