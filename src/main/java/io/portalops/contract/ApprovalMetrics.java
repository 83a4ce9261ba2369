package io.portalops.contract;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.portalops.shared.ops.CachedGauge;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Contracts waiting for an approval (docs/ops/observability.md): how many, and how long the oldest has waited since it
 * was submitted. Cached gauges over the status index, read at most every 30 s.
 */
@Component
class ApprovalMetrics {

    ApprovalMetrics(MeterRegistry meters, JdbcTemplate jdbc, Clock clock) {
        CachedGauge.register(
                meters, "portalops.approvals.waiting", "Contracts pending approval", null, Tags.empty(), clock, () -> {
                    Long n = jdbc.queryForObject(
                            "select count(*) from contract where status = 'PENDING_APPROVAL'", Long.class);
                    return n == null ? 0 : n;
                });
        CachedGauge.register(
                meters,
                "portalops.approvals.oldest.age",
                "Time the oldest pending contract has waited",
                "seconds",
                Tags.empty(),
                clock,
                () -> {
                    Timestamp oldest = jdbc.queryForObject(
                            "select min(submitted_at) from contract where status = 'PENDING_APPROVAL'",
                            Timestamp.class);
                    return oldest == null ? 0 : Math.max(0, (clock.millis() - oldest.getTime()) / 1000.0);
                });
    }
}
