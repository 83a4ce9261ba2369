package io.portalops.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The audit chain's last verification on this node (docs/ops/observability.md): {@code portalops_audit_verification_intact}
 * (1 intact, 0 broken, NaN before the first since start) and {@code portalops_audit_verification_age_seconds}. Both
 * come from memory: a scrape never re-reads the chain.
 */
@Component
class AuditVerificationMetrics {

    private record Last(boolean intact, Instant at) {}

    private final AtomicReference<@Nullable Last> last = new AtomicReference<>();

    AuditVerificationMetrics(MeterRegistry meters, Clock clock) {
        Gauge.builder("portalops.audit.verification.intact", last, l -> {
                    Last v = l.get();
                    return v == null ? Double.NaN : v.intact() ? 1 : 0;
                })
                .description("Whether the last audit chain verification found the chain intact")
                .register(meters);
        Gauge.builder("portalops.audit.verification.age", last, l -> {
                    Last v = l.get();
                    return v == null ? Double.NaN : Math.max(0, (clock.millis() - v.at().toEpochMilli()) / 1000.0);
                })
                .description("Time since the last audit chain verification")
                .baseUnit("seconds")
                .register(meters);
    }

    void verified(AuditVerification verification, Instant at) {
        last.set(new Last(verification.intact(), at));
    }
}
