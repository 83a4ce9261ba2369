package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-line restore, refused here because the directory holds no backup, leaves its note beside the data for the
 * application to put on the audit log at its next start (CliActionsImportTest); the installation itself is untouched.
 */
class CliAuditTrailTest {

    @TempDir
    Path root;

    @Test
    void a_refused_restore_on_the_command_line_leaves_a_note_for_the_audit_log_and_changes_nothing_else()
            throws IOException {
        Path data = root.resolve("data");
        Files.createDirectories(data.resolve("postgres"));
        Path notABackup = Files.createDirectories(root.resolve("not-a-backup"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BackupCommand.run(
                new String[] {
                    "restore",
                    "--from",
                    notABackup.toString(),
                    "--spring.profiles.active=demo",
                    "--portalops.data-dir=" + data,
                    "--portalops.embedded-postgres.data-dir=" + data.resolve("postgres"),
                    "--portalops.audit.anchor-file=" + data.resolve("audit-anchors.log")
                },
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));

        assertThat(exit).isEqualTo(1);
        BackupSettings settings = new BackupSettings(
                true,
                data.resolve("postgres"),
                data.resolve("uploads"),
                data.resolve("anchors"),
                "classpath:db/migration");
        List<Map.Entry<Path, Map<String, Object>>> notes = CliAuditTrail.pending(settings);
        assertThat(notes).hasSize(1);
        Map<String, Object> note = notes.getFirst().getValue();
        assertThat(note).containsEntry("action", "backup.cli_restore").containsKeys("at", "osUser");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) note.get("details");
        assertThat(details)
                .containsEntry("directory", notABackup.toString())
                .hasEntrySatisfying(
                        "outcome", outcome -> assertThat(outcome.toString()).startsWith("refused: "));
        assertThat(notes.getFirst().getKey().getParent()).isEqualTo(data.resolve("cli-actions"));
        try (var left = Files.list(data.resolve("postgres"))) {
            assertThat(left).as("the installation is untouched").isEmpty();
        }
    }
}
