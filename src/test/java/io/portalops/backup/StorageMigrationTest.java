package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.shared.storage.S3FileStore;
import io.portalops.shared.storage.S3TestServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code storage migrate} from directories into an S3 server in this JVM, in the shared context. */
@SpringBootTest
class StorageMigrationTest {

    static S3TestServer server;

    @TempDir
    Path data;

    @Autowired
    StorageMigration migration;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startServer() throws Exception {
        server = new S3TestServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    private StorageMigration.Result migrate(String run, boolean deleteSource, List<String> log) {
        Map<String, Path> areas = new LinkedHashMap<>();
        areas.put("uploads", data.resolve("uploads"));
        areas.put("exports", data.resolve("exports"));
        return migration.migrate(areas, area -> server.area(run + "/" + area + "/"), deleteSource, log::add);
    }

    private long audited() {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ?", Long.class, StorageMigration.ACTION);
    }

    @Test
    void files_are_copied_verified_and_a_second_run_copies_nothing_again() throws Exception {
        String run = "m-" + UUID.randomUUID();
        Path attachment = Files.createDirectories(data.resolve("uploads/42")).resolve("a1b2");
        Files.write(attachment, "%PDF-1.7 contract".getBytes());
        Files.createDirectories(data.resolve("uploads/payments/7"));
        Files.write(data.resolve("uploads/payments/7/c3d4"), new byte[] {1, 2, 3});
        Files.createDirectories(data.resolve("exports"));
        Files.write(data.resolve("exports/9.csv"), "a,b\n1,2\n".getBytes());
        Files.write(data.resolve("exports/10.part"), "half written".getBytes());
        long auditedBefore = audited();
        List<String> log = new ArrayList<>();

        StorageMigration.Result first = migrate(run, false, log);

        assertThat(first).isEqualTo(new StorageMigration.Result(3, 0, 0, 17 + 3 + 8));
        S3FileStore uploads = server.area(run + "/uploads/");
        try (InputStream in = uploads.open("42/a1b2")) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(attachment));
        }
        assertThat(server.area(run + "/exports/").exists("10.part"))
                .as("an export being written is not copied")
                .isFalse();
        assertThat(attachment).as("kept unless asked").exists();

        StorageMigration.Result second = migrate(run, false, log);
        assertThat(second).isEqualTo(new StorageMigration.Result(0, 3, 0, 0));

        // an object changed in the bucket (or left half-copied) no longer matches: it is copied again
        uploads.put("42/a1b2", new ByteArrayInputStream(new byte[] {0}), 1);
        StorageMigration.Result third = migrate(run, true, log);
        assertThat(third).isEqualTo(new StorageMigration.Result(1, 2, 0, 17));
        try (InputStream in = uploads.open("42/a1b2")) {
            assertThat(in.readAllBytes()).isEqualTo("%PDF-1.7 contract".getBytes());
        }
        assertThat(attachment).as("deleted once its copy was verified").doesNotExist();
        assertThat(data.resolve("exports/10.part")).exists();
        assertThat(audited()).isEqualTo(auditedBefore + 3);
    }
}
