package io.portalops.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API sign-ins (ADR 017). The signing key is {@code portalops.security.jwt.secret} (a secret, see
 * {@code SecretResolver}).
 *
 * @param accessTtl           how long an access token is valid
 * @param refreshTtl          how long a refresh token is valid; each refresh rotates it
 * @param refreshFamilyMaxAge an API sign-in (refresh-token family) ends this long after it began, however often it
 *                            rotates
 */
@Validated
@ConfigurationProperties("portalops.security.jwt")
record JwtProperties(
        @DefaultValue("15m") Duration accessTtl,
        @DefaultValue("14d") Duration refreshTtl,
        @DefaultValue("30d") Duration refreshFamilyMaxAge) {

    JwtProperties {
        if (!accessTtl.isPositive() || !refreshTtl.isPositive() || !refreshFamilyMaxAge.isPositive()) {
            throw new IllegalArgumentException(
                    "portalops.security.jwt: access-ttl, refresh-ttl and refresh-family-max-age " + "must be positive");
        }
    }
}
