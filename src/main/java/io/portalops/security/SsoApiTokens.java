package io.portalops.security;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens on {@code /api/**} from a configured provider (docs/security/sso-api.md): the token's {@code iss} picks
 * the provider's decoder (its keys, its issuer, the audience PortalOps expects); any other token goes to PortalOps' own
 * decoder, where a foreign one fails its signature. A provider's token acts as the account linked to its (issuer,
 * subject), with the roles that account holds; an unknown subject is a 401.
 */
@Component
class SsoApiTokens {

    private final SsoRegistrations registrations;
    private final AccountLinkRepository links;
    private final AccountRepository accounts;
    private final AccountUserDetailsService userDetails;
    private final TransactionTemplate readOnly;

    SsoApiTokens(
            SsoRegistrations registrations,
            AccountLinkRepository links,
            AccountRepository accounts,
            AccountUserDetailsService userDetails,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.registrations = registrations;
        this.links = links;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A resolver over PortalOps' own tokens and every provider's, or empty when no provider is configured. */
    Optional<AuthenticationManagerResolver<HttpServletRequest>> resolver(AuthenticationManager own) {
        if (!registrations.enabled()) {
            return Optional.empty();
        }
        Map<String, AuthenticationManager> byIssuer = new HashMap<>();
        registrations.providers().forEach((id, provider) -> {
            JwtAuthenticationProvider authentication = new JwtAuthenticationProvider(decoder(provider));
            authentication.setJwtAuthenticationConverter(new LinkedAccount(provider.issuer()));
            byIssuer.put(provider.issuer(), new ProviderManager(authentication));
        });
        BearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return Optional.of(request -> {
            String token = bearer.resolve(request);
            return token == null ? own : byIssuer.getOrDefault(unverifiedIssuer(token), own);
        });
    }

    /** Read only to choose the decoder; the chosen decoder then checks the signature against that issuer's keys. */
    private static String unverifiedIssuer(String token) {
        try {
            String issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            return issuer == null ? "" : SsoClaims.issuer(issuer);
        } catch (ParseException | RuntimeException e) {
            return "";
        }
    }

    /** Fetched on first use, so that a provider that is down at start-up does not stop the API. */
    private static JwtDecoder decoder(OidcProperties.Provider provider) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(
                            provider.issuerUri().toString())
                    .build();
            String audience = provider.apiAudienceOrClientId();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(provider.issuerUri().toString()),
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience))));
            return decoder;
        });
    }

    private final class LinkedAccount implements Converter<Jwt, AbstractAuthenticationToken> {

        private final String issuer;

        LinkedAccount(String issuer) {
            this.issuer = issuer;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            String subject = jwt.getSubject();
            if (subject == null) {
                throw invalid("The token names no subject.");
            }
            Optional<AccountUserDetails> linked =
                    readOnly.execute(status -> links.findByIssuerAndSubject(issuer, subject)
                            .flatMap(link -> accounts.findById(link.getAccountId()))
                            .map(userDetails::toDetails));
            AccountUserDetails details = linked == null ? null : linked.orElse(null);
            if (details == null) {
                throw invalid(
                        "No PortalOps account is linked to this subject: sign in to PortalOps through the provider first.");
            }
            if (!details.isEnabled() || details.getAuthorities().isEmpty()) {
                throw invalid("The linked account is disabled or holds no role.");
            }
            return new AccountTokenAuthentication(details, jwt);
        }
    }

    private static OAuth2AuthenticationException invalid(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", message, null), message);
    }
}
