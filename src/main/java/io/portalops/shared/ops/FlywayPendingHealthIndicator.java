package io.portalops.shared.ops;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness waits for the schema (the {@code readiness} health group includes it as {@code flywayPending}): a node
 * whose database still has migrations pending, e.g. one started against a schema another node is migrating, or one
 * whose code is newer than the database it sees, takes no traffic.
 *
 * <p>Flyway is asked only until the schema is first seen current. Asking costs a connection of Flyway's own, a read of
 * the history table and a scan of the migrations on the class path, and Flyway logs "Database: …" each time; behind a
 * load balancer that polls every 2 s that was most of the log. Once current, the schema stays current for this node:
 * its migrations are fixed at build time and Flyway's history only grows (a newer node's migrations are not pending
 * for this one). A database that cannot be reached is still caught, by the {@code db} indicator of the same group.
 */
@Component("flywayPending")
class FlywayPendingHealthIndicator implements HealthIndicator {

    private final Flyway flyway;

    /** The version the schema was first seen current at; null while it has not been. */
    private volatile @Nullable String currentVersion;

    FlywayPendingHealthIndicator(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        String known = currentVersion;
        if (known != null) {
            return Health.up()
                    .withDetail("pending", 0)
                    .withDetail("current", known)
                    .build();
        }
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (RuntimeException e) {
            // the database is unreachable (docs/reliability.md): readiness is DOWN, answered as health, not as an error
            return Health.down()
                    .withDetail("error", "cannot read the schema history")
                    .build();
        }
        int pending = info.pending().length;
        MigrationInfo current = info.current();
        String version = current == null ? "none" : current.getVersion().getVersion();
        if (pending > 0) {
            return Health.outOfService()
                    .withDetail("pending", pending)
                    .withDetail("current", version)
                    .build();
        }
        currentVersion = version;
        return Health.up()
                .withDetail("pending", 0)
                .withDetail("current", version)
                .build();
    }
}
