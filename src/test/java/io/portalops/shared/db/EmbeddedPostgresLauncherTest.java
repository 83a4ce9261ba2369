package io.portalops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresLauncherTest {

    @TempDir
    Path dataDirectory;

    /** Reads the settings only; it does not crash the server (issue #24 allowed either, and a real crash is not portable). */
    @Test
    void kept_data_runs_with_the_settings_that_make_an_acknowledged_commit_durable() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(dataDirectory, false);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
            assertThat(setting(statement, "wal_compression")).isNotEqualTo("off");
            assertThat(setting(statement, "max_wal_size")).isEqualTo("4GB");
        } finally {
            postgres.close();
        }
    }

    /** What a {@code kill -9} of the app leaves: its PostgreSQL still running on the kept directory, holding the pid file. */
    @Test
    void a_start_on_a_directory_whose_earlier_server_outlived_its_app_stops_that_server_and_starts(
            @TempDir Path orphanDirectory) throws Exception {
        ProcessHandle orphan = orphanServer(orphanDirectory);

        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(orphanDirectory, false);
        try {
            assertThat(orphan.isAlive()).as("the earlier server was stopped").isFalse();
            assertThat(query(postgres, "select count(*) from kept")).isEqualTo("1");
        } finally {
            postgres.close();
        }
    }

    /**
     * The suite's throwaway data (clean on start) after a test JVM that Surefire killed at its exit: the next JVM on
     * the same fork directory stops the orphan before it wipes the directory, instead of failing in initdb.
     */
    @Test
    void a_clean_start_on_a_directory_whose_earlier_server_outlived_its_jvm_stops_that_server_and_starts_empty(
            @TempDir Path orphanDirectory) throws Exception {
        ProcessHandle orphan = orphanServer(orphanDirectory);

        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(orphanDirectory, true);
        try {
            assertThat(orphan.isAlive()).as("the earlier server was stopped").isFalse();
            assertThat(query(postgres, "select count(*) from pg_tables where tablename = 'kept'"))
                    .isEqualTo("0");
        } finally {
            postgres.close();
        }
    }

    /** A server started as zonky starts it, then left running as by a killed JVM; its table {@code kept} has a row. */
    private static ProcessHandle orphanServer(Path orphanDirectory) throws Exception {
        List<String> command = stoppedServerCommand(orphanDirectory);
        // started as zonky starts it (pg_ctl in a user namespace when run as root), detached from this JVM as from a
        // killed one
        String pgCtl = Path.of(command.getFirst()).resolveSibling("pg_ctl").toString();
        String options = String.join(" ", command.subList(3, command.size()));
        Process pgCtlStart = new ProcessBuilder(
                        "unshare", "-U", pgCtl, "-D", orphanDirectory.toString(), "-o", options, "-w", "start")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(pgCtlStart.waitFor()).as("pg_ctl start").isZero();
        ProcessHandle orphan = ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(orphanDirectory.resolve("postmaster.pid"))
                                .getFirst()))
                .orElseThrow();
        return orphan;
    }

    /** A pid file whose number now belongs to an unrelated live process (a reused pid) would make PostgreSQL refuse. */
    @Test
    void a_start_ignores_a_pid_file_whose_pid_now_belongs_to_another_process(@TempDir Path staleDirectory)
            throws Exception {
        stoppedServerCommand(staleDirectory);
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(staleDirectory.resolve("postmaster.pid"), unrelated.pid() + "\n" + staleDirectory + "\n");
            EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(staleDirectory, false);
            try {
                assertThat(query(postgres, "select count(*) from kept")).isEqualTo("1");
                assertThat(unrelated.isAlive())
                        .as("an unrelated process is left alone")
                        .isTrue();
            } finally {
                postgres.close();
            }
        } finally {
            unrelated.destroy();
        }
    }

    /** Initialises a kept directory with one row, stops its server cleanly, and returns the command line it ran with. */
    private static List<String> stoppedServerCommand(Path directory) throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start()) {
            query(first, "create table kept as select 1 as id");
        }
        String opts = Files.readString(directory.resolve("postmaster.opts")).trim();
        List<String> command = new ArrayList<>();
        command.add(opts.substring(0, opts.indexOf(' ')));
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(opts);
        while (quoted.find()) {
            command.add(quoted.group(1));
        }
        return command;
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return "";
            }
            try (ResultSet rs = statement.getResultSet()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
