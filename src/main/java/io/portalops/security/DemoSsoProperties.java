package io.portalops.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portalops.demo.sso.*}: the demo profile's identity provider ({@link DemoIdentityProvider}). {@code port} 0
 * picks a free one.
 *
 * @param enabled whether the demo profile starts its identity provider (Alice, Bob and Mallory) and shows its button
 * @param port    the port of the demo identity provider on localhost; 0 picks a free one
 */
@Validated
@ConfigurationProperties("portalops.demo.sso")
record DemoSsoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") @Min(0) @Max(65535) int port) {}
