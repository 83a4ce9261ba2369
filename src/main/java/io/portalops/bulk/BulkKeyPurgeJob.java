package io.portalops.bulk;

import io.portalops.jobs.ScheduledJob;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets the Idempotency-Keys of bulk runs older than {@code portalops.bulk.idempotency.retention} (ADR 045), for the
 * accounts that send no further bulk request (a new claim forgets them too). Runs under the jobs module's ShedLock.
 */
@Component
class BulkKeyPurgeJob implements ScheduledJob {

    private final JdbcTemplate jdbc;
    private final BulkKeyProperties properties;

    BulkKeyPurgeJob(JdbcTemplate jdbc, BulkKeyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "bulk-key-purge";
    }

    @Override
    public String title() {
        return "Purge bulk idempotency keys";
    }

    @Override
    public String description() {
        return "Forgets the Idempotency-Key answers of bulk actions older than "
                + properties.retention().toHours() + " hours.";
    }

    @Override
    public String defaultCron() {
        return "0 40 * * * *";
    }

    @Override
    public String execute(Clock clock) {
        int forgotten = jdbc.update(
                BulkRequestKeys.FORGET, Timestamp.from(clock.instant().minus(properties.retention())));
        return "Forgot " + forgotten + " keys";
    }
}
