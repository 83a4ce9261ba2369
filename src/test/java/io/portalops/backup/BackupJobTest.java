package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.jobs.JobStatus;
import io.portalops.jobs.Jobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The scheduled backup: on the Jobs screen and off by default; a run writes a complete backup and prunes the oldest. */
@SpringBootTest
class BackupJobTest {

    @Autowired
    Jobs jobs;

    @Autowired
    TestUsers users;

    @Autowired
    Environment environment;

    @Autowired
    BackupJob configured;

    @TempDir
    Path backups;

    @Test
    void the_backup_job_is_listed_on_the_jobs_screen_without_a_schedule_by_default() {
        JobStatus backup = users.as("admin", jobs::list).stream()
                .filter(job -> job.name().equals("backup"))
                .findFirst()
                .orElseThrow();
        assertThat(backup.enabled()).isFalse();
        assertThat(backup.title()).isEqualTo("Back up the embedded database");
        assertThat(configured.directory())
                .isEqualTo(Path.of(environment.getProperty("portalops.data-dir"), "backups")
                        .toAbsolutePath()
                        .normalize());
        assertThat(new BackupJob(new BackupProperties(true, "0 15 3 * * *", backups, 7), environment).defaultCron())
                .isEqualTo("0 15 3 * * *");
    }

    @Test
    void a_run_backs_up_the_running_database_and_keeps_only_the_newest_complete_backups() throws IOException {
        complete("portalops-backup-20261201-023000");
        complete("portalops-backup-20261202-023000");
        Files.createDirectories(backups.resolve("portalops-backup-20261202-120000")); // a failed run: no manifest
        complete("portalops-backup-20261203-023000");
        Files.createDirectories(backups.resolve("keep-me-20261130")); // not the job's
        BackupJob job = new BackupJob(new BackupProperties(true, "0 30 2 * * *", backups, 2), environment);

        String outcome = job.execute(Clock.fixed(Instant.parse("2026-12-04T02:30:00Z"), ZoneOffset.UTC));

        Path written = backups.resolve("portalops-backup-20261204-023000");
        assertThat(outcome)
                .startsWith("Backed up to portalops-backup-20261204-023000")
                .endsWith("removed 3 older");
        BackupManifest manifest = BackupManifest.read(written);
        assertThat(manifest.schemaVersion())
                .isEqualTo(SchemaVersions.ofCode("classpath:db/migration").getVersion());
        assertThat(manifest.files())
                .extracting(BackupManifest.Entry::path)
                .contains("postgres/PG_VERSION", "postgres/backup_label")
                .anyMatch(path -> path.startsWith("postgres/pg_wal/0000"));
        try (Stream<Path> left = Files.list(backups)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "portalops-backup-20261204-023000", "portalops-backup-20261203-023000", "keep-me-20261130");
        }
    }

    private void complete(String name) throws IOException {
        Files.writeString(Files.createDirectories(backups.resolve(name)).resolve(BackupManifest.FILE), "{}");
    }
}
