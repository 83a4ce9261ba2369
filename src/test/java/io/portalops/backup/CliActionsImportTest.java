package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup or restore run on the command line reaches the hash-chained audit log when the application next starts: its
 * note becomes one entry by "command line", with the time it ran, and the note is gone, so it is put there once.
 */
@SpringBootTest
class CliActionsImportTest {

    @Autowired
    CliActionsImport importer;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_command_line_restore_is_put_on_the_audit_log_once_at_the_next_start() throws Exception {
        BackupSettings settings = BackupSettings.from(environment);
        String directory = "/backups/" + UUID.randomUUID();
        CliAuditTrail.note(
                settings,
                Clock.systemUTC(),
                CliAuditTrail.RESTORE,
                Map.of("directory", directory, "outcome", "done", "schemaVersion", "59"));

        assertThat(importer.importPending()).isGreaterThanOrEqualTo(1);
        assertThat(importer.importPending()).as("each note once").isZero();

        Map<String, Object> row = jdbc.queryForMap(
                "select actor_type, actor_name, target_type, details->>'outcome' as outcome, "
                        + "details->>'ranAt' as ran_at, details->>'osUser' as os_user "
                        + "from audit_log where action = 'backup.cli_restore' and target_id = ?",
                directory);
        assertThat(row)
                .containsEntry("actor_type", "SYSTEM")
                .containsEntry("actor_name", "command line")
                .containsEntry("target_type", "backup")
                .containsEntry("outcome", "done")
                .containsEntry("os_user", System.getProperty("user.name"));
        assertThat(row.get("ran_at")).isNotNull();
        try (var left = Files.list(CliAuditTrail.directory(settings))) {
            assertThat(left).as("the note is deleted once stored").isEmpty();
        }
    }
}
