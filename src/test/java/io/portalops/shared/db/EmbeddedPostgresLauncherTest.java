package io.portalops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresLauncherTest {

    @TempDir
    Path dataDirectory;

    /** Reads the settings only; it does not crash the server (issue #24 allowed either, and a real crash is not portable). */
    @Test
    void kept_data_runs_with_the_settings_that_make_an_acknowledged_commit_durable() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(dataDirectory, false);
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
            assertThat(setting(statement, "wal_compression")).isNotEqualTo("off");
            assertThat(setting(statement, "max_wal_size")).isEqualTo("4GB");
        } finally {
            postgres.close();
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
