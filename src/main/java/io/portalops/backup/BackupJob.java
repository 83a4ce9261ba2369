package io.portalops.backup;

import io.portalops.jobs.ScheduledJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The scheduled online backup (ADR 027): the same backup as {@code backup --to DIR}, into a new directory under
 * {@code portalops.backup.directory}, then the oldest beyond {@code portalops.backup.retention} are deleted. Off until
 * {@code portalops.backup.enabled=true}; registered like every job, so ShedLock runs it once across nodes and the Jobs
 * screen lists it.
 */
@Component
@EnableConfigurationProperties(BackupProperties.class)
class BackupJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(BackupJob.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupProperties properties;
    private final Environment environment;

    BackupJob(BackupProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String title() {
        return "Back up the embedded database";
    }

    @Override
    public String description() {
        return "An online backup of the embedded PostgreSQL (pg_backup_start/pg_backup_stop with its WAL), the uploads and the audit "
                + "anchors, with a SHA-256 manifest, into " + directory() + "; keeps the newest "
                + properties.retention()
                + ". Off unless portalops.backup.enabled=true. For an external PostgreSQL use pgBackRest or WAL-G (docs/ops/backup.md).";
    }

    @Override
    public String defaultCron() {
        return properties.enabled() ? properties.cron() : "-";
    }

    @Override
    public String execute(Clock clock) {
        Path directory = directory();
        Path target = directory.resolve(BackupRetention.PREFIX + STAMP.format(clock.instant()));
        if (Files.exists(target)) {
            throw new BackupException("A backup of this second exists already: " + target);
        }
        BackupManifest manifest =
                new OnlineBackup(BackupSettings.from(environment), new Progress(log::info), clock).run(target);
        int removed = BackupRetention.prune(directory, properties.retention());
        return "Backed up to " + target.getFileName() + " (" + manifest.files().size() + " files, "
                + Progress.megabytes(manifest.totalBytes()) + ", schema " + manifest.schemaVersion() + "); removed "
                + removed + " older";
    }

    @Override
    public Duration lockAtMostFor() {
        return Duration.ofHours(6);
    }

    Path directory() {
        Path configured = properties.directory();
        return (configured != null
                        ? configured
                        : Path.of(environment.getProperty("portalops.data-dir", "./data"), "backups"))
                .toAbsolutePath()
                .normalize();
    }
}
