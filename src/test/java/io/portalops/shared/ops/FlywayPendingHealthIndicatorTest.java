package io.portalops.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** Readiness's Flyway part, against the real schema history: a migration the database has not run keeps a node out. */
@SpringBootTest
class FlywayPendingHealthIndicatorTest {

    @Autowired
    Flyway flyway;

    @Test
    void the_migrated_database_is_ready() {
        var health = new FlywayPendingHealthIndicator(flyway).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("pending", 0);
    }

    @Test
    void a_migration_the_database_has_not_run_is_out_of_service(@TempDir Path extra) throws Exception {
        Files.writeString(extra.resolve("V999__create_future_table.sql"), "create table future_table (id int);");
        Flyway newerCode = Flyway.configure()
                .configuration(flyway.getConfiguration())
                .locations("classpath:db/migration", "filesystem:" + extra)
                .load();

        var health = new FlywayPendingHealthIndicator(newerCode).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("pending", 1);
    }
}
