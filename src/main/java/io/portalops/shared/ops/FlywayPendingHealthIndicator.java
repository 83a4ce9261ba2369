package io.portalops.shared.ops;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness waits for the schema (the {@code readiness} health group includes it as {@code flywayPending}): a node
 * whose database still has migrations pending, e.g. one started against a schema another node is migrating, or one
 * whose code is newer than the database it sees, takes no traffic. Flyway reads its history table here: one small
 * query per probe, over a connection of its own (Flyway's owner role).
 */
@Component("flywayPending")
class FlywayPendingHealthIndicator implements HealthIndicator {

    private final Flyway flyway;

    FlywayPendingHealthIndicator(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        org.flywaydb.core.api.MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (RuntimeException e) {
            // the database is unreachable (docs/reliability.md): readiness is DOWN, answered as health, not as an error
            return Health.down()
                    .withDetail("error", "cannot read the schema history")
                    .build();
        }
        int pending = info.pending().length;
        var current = info.current();
        Health.Builder health = pending == 0 ? Health.up() : Health.outOfService();
        return health.withDetail("pending", pending)
                .withDetail(
                        "current",
                        current == null ? "none" : current.getVersion().getVersion())
                .build();
    }
}
