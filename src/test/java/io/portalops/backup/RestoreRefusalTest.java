package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore checks the backup before it touches the installation: a changed, missing or escaping file, or a schema
 * newer than the code, is refused with the installation exactly as it was; and a restore that fails after it began puts
 * the previous state back. The backups here are small hand-made ones (the drill, BackupDrillTest, restores a real one).
 */
class RestoreRefusalTest {

    @TempDir
    Path root;

    Path backup;
    BackupSettings settings;
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void an_installation_and_a_backup() throws IOException {
        Path data = root.resolve("data");
        write(data.resolve("postgres/PG_VERSION"), "18\n");
        write(data.resolve("postgres/base/1/1259"), "rows of today");
        write(data.resolve("uploads/7/a1b2"), "today's upload");
        write(data.resolve("audit-anchors.log"), "v2 today\n");
        settings = new BackupSettings(
                true,
                data.resolve("postgres"),
                data.resolve("uploads"),
                data.resolve("audit-anchors.log"),
                "classpath:db/migration");

        backup = root.resolve("backup");
        List<BackupManifest.Entry> entries = new ArrayList<>();
        entries.add(file(backup, "postgres/PG_VERSION", "18\n"));
        entries.add(file(backup, "postgres/base/1/1259", "rows of the backup"));
        entries.add(file(backup, "uploads/7/c3d4", "the backup's upload"));
        entries.add(file(backup, "audit-anchors.log", "v2 then\n"));
        manifest(SchemaVersions.ofCode("classpath:db/migration").getVersion(), entries)
                .write(backup);
    }

    @Test
    void a_backup_file_that_no_longer_matches_its_checksum_is_refused_and_nothing_changes() throws IOException {
        Map<String, String> before = snapshot();
        Files.writeString(backup.resolve("uploads/7/c3d4"), "the backup's uploaD");

        assertThatThrownBy(this::restore)
                .isInstanceOf(BackupException.class)
                .hasMessage(
                        "Not restored: the checksum of uploads/7/c3d4 does not match the manifest; the backup was changed or damaged.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_backup_with_a_newer_schema_than_the_code_is_refused_and_nothing_changes() throws IOException {
        Map<String, String> before = snapshot();
        String code = SchemaVersions.ofCode("classpath:db/migration").getVersion();
        assertThat(Integer.parseInt(code)).isGreaterThanOrEqualTo(34);
        rewriteManifest(m -> manifest(Integer.parseInt(code) + 1 + "", m.files()));

        assertThatThrownBy(this::restore)
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("the backup has schema version " + (Integer.parseInt(code) + 1)
                        + ", newer than this version of PortalOps knows (" + code + ")");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_missing_file_or_a_manifest_path_outside_the_backup_is_refused_and_nothing_changes() throws IOException {
        Map<String, String> before = snapshot();
        Files.delete(backup.resolve("postgres/base/1/1259"));
        assertThatThrownBy(this::restore).hasMessage("Not restored: postgres/base/1/1259 is missing from the backup.");

        Files.writeString(root.resolve("secret"), "not part of any backup");
        rewriteManifest(m -> manifest(
                m.schemaVersion(), List.of(new BackupManifest.Entry("uploads/../../secret", 22, "0".repeat(64)))));
        assertThatThrownBy(this::restore)
                .hasMessage("The manifest names a path outside the backup: uploads/../../secret");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_restore_that_fails_after_it_began_puts_the_previous_state_back() throws IOException {
        Map<String, String> before = snapshot();
        // the checks pass; the hand-made data directory is no database, so the recovery start fails after the files
        // moved
        assertThatThrownBy(this::restore)
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("The previous state is back in place.");
        assertThat(snapshot()).isEqualTo(before);
        try (Stream<Path> left = Files.list(root.resolve("data"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("postgres", "uploads", "audit-anchors.log");
        }
    }

    @Test
    void the_commands_refuse_an_external_database_a_used_target_and_bad_usage() throws IOException {
        assertThat(command(
                        "backup",
                        "--to",
                        root.resolve("b1").toString(),
                        "--spring.datasource.url=jdbc:postgresql://db:5432/portalops"))
                .isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("pgBackRest", "docs/ops/backup.md");

        Files.writeString(Files.createDirectories(root.resolve("used")).resolve("x"), "x");
        BackupSettings embedded = settings;
        assertThatThrownBy(() ->
                        new OnlineBackup(embedded, new Progress(s -> {}), Clock.systemUTC()).run(root.resolve("used")))
                .hasMessageContaining("is not empty");
        assertThat(root.resolve("used/x")).hasContent("x");

        assertThat(command("backup")).isEqualTo(2);
        assertThat(command("restore", "--to", "x")).isEqualTo(2);
    }

    private void restore() {
        new Restore(settings, new Progress(s -> {}), Clock.systemUTC()).run(backup);
    }

    private int command(String... args) {
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        return BackupCommand.run(args, stream, stream);
    }

    private static BackupManifest manifest(String schemaVersion, List<BackupManifest.Entry> files) {
        return new BackupManifest(
                BackupManifest.FORMAT,
                "2026-12-01T02:30:00Z",
                schemaVersion,
                "18.1",
                "0/2000028",
                "0/2000138",
                List.of("postgres", "postgres/base", "postgres/base/1", "uploads", "uploads/7"),
                files);
    }

    private void rewriteManifest(java.util.function.UnaryOperator<BackupManifest> change) throws IOException {
        BackupManifest changed = change.apply(BackupManifest.read(backup));
        Files.delete(backup.resolve(BackupManifest.FILE));
        changed.write(backup);
    }

    private static BackupManifest.Entry file(Path backup, String relative, String content) throws IOException {
        Path path = write(backup.resolve(relative), content);
        return new BackupManifest.Entry(relative, Files.size(path), Checksums.of(path, new Progress(s -> {})));
    }

    private static Path write(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.writeString(path, content);
    }

    /** Every path under the installation with its content. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.resolve("data"))) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
