package io.portalops.bulk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Idempotency-Key of bulk runs (ADR 045).
 *
 * @param retention how long a key and the answer it got are remembered; a key older than this is a new request
 */
@Validated
@ConfigurationProperties("portalops.bulk.idempotency")
record BulkKeyProperties(@DefaultValue("PT24H") Duration retention) {

    BulkKeyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("portalops.bulk.idempotency.retention must be positive");
        }
    }
}
