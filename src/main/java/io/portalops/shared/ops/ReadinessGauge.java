package io.portalops.shared.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code portalops_readiness}: 1 while the readiness group (the app, the database, no pending migration) is UP, else 0,
 * so that the "readiness down" alert needs no probe of its own. Evaluated at most every 30 s, like the other gauges.
 */
@Component
class ReadinessGauge {

    ReadinessGauge(MeterRegistry meters, @Lazy HealthEndpoint health, Clock clock) {
        CachedGauge.register(
                meters, "portalops.readiness", "1 while the readiness group is UP", null, Tags.empty(), clock, () -> {
                    var readiness = health.healthForPath("readiness");
                    return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
                });
    }
}
