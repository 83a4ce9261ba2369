package io.portalops.shared.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The REST API under {@code /api}.
 *
 * @param maxBodySize the largest request body, except uploads (the multipart maximum) and events (their own limit)
 * @param rateLimit   the request rate limit
 * @param docs        the OpenAPI document and Swagger UI
 */
@Validated
@ConfigurationProperties("portalops.api")
public record ApiProperties(
        @DefaultValue("1MB") @NotNull DataSize maxBodySize,
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid Docs docs) {

    public ApiProperties {
        if (maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("portalops.api.max-body-size must be positive, not " + maxBodySize);
        }
    }

    /**
     * @param perMinute requests per minute per signed-in account, or per client address before sign-in (also the
     *                  login form's POST)
     * @param refillPeriod the period over which a bucket refills to {@code perMinute} requests (one minute; tests
     *                     lengthen it so that a slow machine cannot refill a bucket mid-test)
     */
    public record RateLimit(
            @DefaultValue("300") @Positive long perMinute,
            @DefaultValue("1m") @NotNull Duration refillPeriod) {}

    /**
     * @param isPublic whether the OpenAPI document and Swagger UI are served without a sign-in; the production
     *                 profile sets false (then they need a UI sign-in)
     */
    public record Docs(@Name("public") @DefaultValue("true") boolean isPublic) {}
}
