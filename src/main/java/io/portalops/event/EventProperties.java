package io.portalops.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.Period;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Usage events (ADR 007).
 *
 * @param maxPayloadBytes the largest payload of one event, in bytes of JSON
 * @param retention       how long events are kept: older partitions are dropped, and older events refused
 * @param maxFutureSkew   how far ahead of the server's clock an event may have occurred
 * @param liveInterval    the most often a live screen hears of new events
 * @param partitions      the monthly partitions created ahead of time
 * @param usageTypes      event types that report a person's use of a SaaS product when they carry personRef and
 *                        productRef; such events are announced as {@link UsageSignalled}
 */
@Validated
@ConfigurationProperties("portalops.events")
record EventProperties(
        @DefaultValue("65536") @Positive int maxPayloadBytes,
        @DefaultValue("P7Y") @NotNull Period retention,
        @DefaultValue("1d") @NotNull Duration maxFutureSkew,
        @DefaultValue("1s") @NotNull Duration liveInterval,
        @DefaultValue @Valid Partitions partitions,
        @DefaultValue({"login", "usage.reported"}) @NotNull Set<String> usageTypes) {

    EventProperties {
        if (retention.isNegative() || retention.isZero() || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException(
                    "portalops.events.retention must be positive and portalops.events.max-future-skew not negative");
        }
        if (liveInterval.isNegative() || liveInterval.isZero()) {
            throw new IllegalArgumentException("portalops.events.live-interval must be positive, not " + liveInterval);
        }
    }

    /**
     * @param monthsAhead months after the current one that get a partition
     * @param monthsBack  months before the current one that get a partition (within the retention), so that late events
     *                    have a place
     */
    record Partitions(
            @DefaultValue("3") @PositiveOrZero int monthsAhead,
            @DefaultValue("24") @PositiveOrZero int monthsBack) {}
}
