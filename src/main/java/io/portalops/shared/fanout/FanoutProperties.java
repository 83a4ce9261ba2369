package io.portalops.shared.fanout;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cross-node fan-out (ADR 047).
 *
 * @param transport       {@code postgres}: LISTEN/NOTIFY on the application database; {@code none}: a single node,
 *                        nothing leaves it
 * @param pollTimeout     how long the listening connection waits for notifications before it looks again
 * @param checkAfter      how long the listening connection may be quiet before it is checked with a round trip, so a
 *                        silently broken connection is noticed
 * @param reconnectMin    the first wait before the listener reconnects after losing its connection
 * @param reconnectMax    the longest wait between reconnection attempts (the wait doubles up to it)
 */
@Validated
@ConfigurationProperties("portalops.fanout")
public record FanoutProperties(
        @DefaultValue("postgres") @NotNull Transport transport,
        @DefaultValue("500ms") @NotNull Duration pollTimeout,
        @DefaultValue("30s") @NotNull Duration checkAfter,
        @DefaultValue("250ms") @NotNull Duration reconnectMin,
        @DefaultValue("15s") @NotNull Duration reconnectMax) {

    public enum Transport {
        POSTGRES,
        NONE
    }

    public FanoutProperties {
        for (Duration d : new Duration[] {pollTimeout, checkAfter, reconnectMin, reconnectMax}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("portalops.fanout durations must be positive, not " + d);
            }
        }
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("portalops.fanout.reconnect-max must not be below reconnect-min");
        }
    }
}
