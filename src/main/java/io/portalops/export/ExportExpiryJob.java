package io.portalops.export;

import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes export files whose download link has expired (the record, with its hash and signature, stays: a copy
 * already downloaded can still be verified), and marks exports that stopped running (a node that went down while
 * writing) as failed.
 */
@Component
class ExportExpiryJob implements ScheduledJob {

    private final ExportRecordRepository records;
    private final ExportFiles files;
    private final TransactionTemplate transaction;
    private final Duration maxRunning;

    ExportExpiryJob(
            ExportRecordRepository records,
            ExportFiles files,
            TransactionTemplate transaction,
            ExportProperties properties) {
        this.records = records;
        this.files = files;
        this.transaction = transaction;
        this.maxRunning = properties.maxRunning();
    }

    @Override
    public String name() {
        return "export-expiry";
    }

    @Override
    public String title() {
        return "Expire export downloads";
    }

    @Override
    public String description() {
        return "Deletes exported files once their download link expired, and marks interrupted exports as failed.";
    }

    @Override
    public String defaultCron() {
        return "0 7 * * * *";
    }

    @Override
    public String execute(Clock clock) {
        Instant now = clock.instant();
        Integer expired = transaction.execute(status -> {
            var due = records.findByStatusAndExpiresAtBefore(ExportStatus.READY, now);
            due.forEach(record -> {
                record.expired();
                files.delete(record.getId(), record.getFormat());
            });
            return due.size();
        });
        Integer interrupted = transaction.execute(status -> {
            var stale = records.findByStatus(ExportStatus.RUNNING).stream()
                    .filter(record -> record.getStartedAt().isBefore(now.minus(maxRunning)))
                    .toList();
            stale.forEach(record -> {
                record.failed(
                        "The export was interrupted (the server stopped while writing it).", record.getRowCount(), now);
                files.delete(record.getId(), record.getFormat());
            });
            return stale.size();
        });
        return "Expired " + expired + " export downloads, marked " + interrupted + " interrupted exports as failed";
    }
}
