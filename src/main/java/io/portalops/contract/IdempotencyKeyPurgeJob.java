package io.portalops.contract;

import io.portalops.jobs.ScheduledJob;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys older than {@code portalops.contracts.idempotency-retention} (default 24 hours, ADR 006):
 * a client retries within minutes, and a key reused after that is a new request.
 */
@Component
class IdempotencyKeyPurgeJob implements ScheduledJob {

    private final JdbcTemplate jdbc;
    private final Duration retention;

    IdempotencyKeyPurgeJob(JdbcTemplate jdbc, ContractProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.idempotencyRetention();
    }

    @Override
    public String name() {
        return "idempotency-key-purge";
    }

    @Override
    public String title() {
        return "Purge idempotency keys";
    }

    @Override
    public String description() {
        return "Forgets the Idempotency-Key answers of contract actions older than " + retention.toHours() + " hours.";
    }

    @Override
    public String defaultCron() {
        return "0 30 * * * *";
    }

    @Override
    public String execute(Clock clock) {
        int deleted = jdbc.update(
                "delete from idempotency_key where created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
        return "Forgot " + deleted + " keys";
    }
}
