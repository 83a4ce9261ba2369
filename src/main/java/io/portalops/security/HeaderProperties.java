package io.portalops.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security headers of every response (docs/security/headers.md).
 *
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header
 * @param permissionsPolicy     the {@code Permissions-Policy} header
 */
@Validated
@ConfigurationProperties("portalops.security.headers")
record HeaderProperties(
        @DefaultValue(DEFAULT_CSP) @NotBlank String contentSecurityPolicy,
        @DefaultValue(DEFAULT_PERMISSIONS_POLICY) @NotBlank String permissionsPolicy) {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String DEFAULT_PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";
}
