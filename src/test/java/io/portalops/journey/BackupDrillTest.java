package io.portalops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.PortalOpsApplication;
import io.portalops.TestUsers;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.audit.AuditVerification;
import io.portalops.audit.AuditVerifier;
import io.portalops.backup.BackupCommand;
import io.portalops.contract.AttachmentInfo;
import io.portalops.contract.ContractAttachments;
import io.portalops.jobs.ScheduledJob;
import io.portalops.shared.db.EmbeddedPostgresLauncher;
import io.portalops.shared.storage.StoredPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The backup drill of issue #20 on an installation of its own (a throwaway data directory, its own embedded
 * PostgreSQL): seed, back up while the application runs, change more, stop, restore, and start the application on the
 * restored data. It lives with the journeys because it starts whole applications with their servlet containers.
 */
class BackupDrillTest {

    static final byte[] PNG = HexFormat.of()
            .parseHex(
                    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e3f1d40000000049454e44ae426082");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final List<String> TABLES = List.of(
            "customer",
            "contract",
            "contract_attachment",
            "audit_log",
            "person",
            "access_grant",
            "events",
            "account",
            "flyway_schema_history");

    static final String NOT_CLI = " where action not like 'backup.cli%'";

    @TempDir
    Path root;

    record State(Map<String, Object> figures, AuditVerification audit) {}

    @Test
    void
            a_backup_taken_while_the_app_runs_brings_back_counts_attachment_bytes_and_an_intact_audit_chain_and_the_app_starts_on_it()
                    throws Exception {
        Path data = root.resolve("data");
        Path backup = root.resolve("backup");
        String[] settings = {
            "--portalops.data-dir=" + data,
            "--portalops.embedded-postgres.data-dir=" + data.resolve("postgres"),
            "--portalops.embedded-postgres.clean-on-start=false",
            "--portalops.audit.anchor-file=" + data.resolve("audit-anchors.log"),
            "--portalops.demo.customers=8",
            "--portalops.demo.events=50",
            "--portalops.demo.people=40"
        };

        State atBackup;
        AttachmentInfo attachment;
        try (ConfigurableApplicationContext app = start(settings)) {
            attachment = attach(app, PNG, "scan.png");
            anchor(app);
            atBackup = state(app);

            Output backedUp = command(concat(new String[] {"backup", "--to", backup.toString()}, settings));
            assertThat(backedUp.code()).as(backedUp.err()).isZero();
            assertThat(backedUp.out()).contains("online backup", "Database files: 100 %", "Backup complete");
            assertThat(backup.resolve("manifest.json")).exists();

            Output whileRunning = command(concat(new String[] {"restore", "--from", backup.toString()}, settings));
            assertThat(whileRunning.code()).isEqualTo(1);
            assertThat(whileRunning.err()).contains("the installation is running");

            // more changes after the backup: a second attachment, audit entries and an anchor that counts them,
            // and the first attachment's file lost
            attach(app, PDF, "later.pdf");
            app.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
                for (int i = 0; i < 3; i++) {
                    app.getBean(AuditLog.class)
                            .record(AuditEntry.of("backup.drill_change", null, null, Map.of("n", i)));
                }
            });
            anchor(app);
            Files.delete(storedFile(app, attachment));
            assertThat(state(app).figures()).isNotEqualTo(atBackup.figures());
        }
        EmbeddedPostgresLauncher.stop(data.resolve("postgres"));

        Output restored = command(concat(new String[] {"restore", "--from", backup.toString()}, settings));
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Checking the backup: 100 %", "Restored the backup of");

        try (ConfigurableApplicationContext app = start(settings)) {
            State after = state(app);
            assertThat(after.figures()).isEqualTo(atBackup.figures());
            assertThat(after.audit().intact()).as(after.audit().summary()).isTrue();
            assertThat(after.audit().intactUpTo())
                    .isGreaterThanOrEqualTo(atBackup.audit().intactUpTo());
            assertThat(app.getBean(JdbcTemplate.class)
                            .queryForList(
                                    "select action from audit_log where seq > ? order by seq",
                                    String.class,
                                    atBackup.audit().intactUpTo()))
                    .as("after the restored chain, only the command line's own runs, the restore among them")
                    .allMatch(action -> action.startsWith("backup.cli"))
                    .contains("backup.cli_restore");
            assertThat(after.audit().anchorsChecked())
                    .isEqualTo(atBackup.audit().anchorsChecked());
            assertThat(sha256(Files.readAllBytes(storedFile(app, attachment))))
                    .isEqualTo(sha256(PNG))
                    .isEqualTo(attachment.sha256());
        } finally {
            EmbeddedPostgresLauncher.stop(data.resolve("postgres"));
        }
    }

    private static ConfigurableApplicationContext start(String[] settings) {
        return new SpringApplicationBuilder(PortalOpsApplication.class)
                .run(concat(settings, new String[] {"--server.port=0", "--portalops.scheduling.enabled=false"}));
    }

    private static AttachmentInfo attach(ConfigurableApplicationContext app, byte[] bytes, String name) {
        long contract = app.getBean(JdbcTemplate.class).queryForObject("select min(id) from contract", Long.class);
        return app.getBean(TestUsers.class)
                .as(
                        "admin",
                        () -> app.getBean(ContractAttachments.class)
                                .upload(contract, name, new ByteArrayInputStream(bytes)));
    }

    private static Path storedFile(ConfigurableApplicationContext app, AttachmentInfo attachment) {
        return StoredPaths.of(app.getBean(TestUsers.class)
                .as(
                        "admin",
                        () -> app.getBean(ContractAttachments.class)
                                .open(attachment.contractId(), attachment.id())
                                .content()));
    }

    private static void anchor(ConfigurableApplicationContext app) {
        app.getBeansOfType(ScheduledJob.class).values().stream()
                .filter(job -> job.name().equals("audit-anchor"))
                .findFirst()
                .orElseThrow()
                .execute(Clock.systemUTC());
    }

    private static State state(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, Object> figures = new LinkedHashMap<>();
        // the command line's own runs reach the audit log at the next start (CliActionsImport): they are checked apart
        for (String table : TABLES) {
            figures.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) from " + table + (table.equals("audit_log") ? NOT_CLI : ""), Long.class));
        }
        figures.put(
                "audit head",
                jdbc.queryForList(
                        "select seq || ' ' || hash from audit_log" + NOT_CLI + " order by seq desc limit 1",
                        String.class));
        figures.put(
                "attachment hashes",
                jdbc.queryForList("select sha256 from contract_attachment order by id", String.class));
        return new State(figures, app.getBean(AuditVerifier.class).verify(checked -> {}));
    }

    record Output(int code, String out, String err) {}

    private static Output command(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        System.out.print(out.toString(StandardCharsets.UTF_8)); // the command's progress, in the test report
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
