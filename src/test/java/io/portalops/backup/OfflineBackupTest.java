package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopped installation is backed up by starting its database for the backup and stopping it again, and restored
 * without any application: the server replays the backup's WAL, and rows written after the backup are gone.
 */
class OfflineBackupTest {

    @TempDir
    Path root;

    @Test
    void a_stopped_installation_is_backed_up_and_restored_to_the_rows_of_the_backup() throws Exception {
        Path data = root.resolve("data");
        BackupSettings settings = new BackupSettings(
                true,
                data.resolve("postgres"),
                data.resolve("uploads"),
                data.resolve("anchors.log"),
                "classpath:db/migration");
        sql(
                settings.postgresDir(),
                "create table flyway_schema_history (version text, success boolean)",
                "insert into flyway_schema_history values ('1', true), ('7', true), ('9', false)",
                "create table drill (id int primary key)",
                "insert into drill select generate_series(1, 500)");
        List<String> said = new ArrayList<>();

        BackupManifest manifest =
                new OnlineBackup(settings, new Progress(said::add), Clock.systemUTC()).run(root.resolve("backup"));

        assertThat(said).contains("The installation is stopped: starting its embedded PostgreSQL for the backup");
        assertThat(manifest.schemaVersion()).isEqualTo("7");
        assertThat(EmbeddedServer.runningPort(settings.postgresDir())).isEmpty();
        sql(
                settings.postgresDir(),
                "insert into drill select generate_series(501, 800)",
                "delete from drill where id <= 10");

        new Restore(settings, new Progress(said::add), Clock.systemUTC()).run(root.resolve("backup"));

        assertThat(said).anyMatch(line -> line.startsWith("Replaying the backup's WAL up to " + manifest.walStop()));
        assertThat(sql(settings.postgresDir(), "select count(*) || ' ' || min(id) || ' ' || max(id) from drill"))
                .isEqualTo("500 1 500");
        try (var aside = Files.list(data)) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("postgres.before-restore-"));
        }
    }

    /** Starts the server on {@code dataDir}, runs the statements, stops it; the last statement's single value if it returns one. */
    private static String sql(Path dataDir, String... statements) throws SQLException {
        EmbeddedPostgres server = EmbeddedServer.start(dataDir);
        String last = null;
        try (Connection connection = EmbeddedServer.connect(server.getPort());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                if (statement.execute(sql)) {
                    try (ResultSet rs = statement.getResultSet()) {
                        rs.next();
                        last = rs.getString(1);
                    }
                }
            }
        } finally {
            EmbeddedServer.stop(server, dataDir);
        }
        return last;
    }
}
