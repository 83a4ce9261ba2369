package io.portalops.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
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

    @Test
    void once_the_schema_is_current_the_probes_no_longer_ask_flyway() {
        CountingFlyway counting = new CountingFlyway(flyway);
        var indicator = new FlywayPendingHealthIndicator(counting);

        for (int poll = 0; poll < 5; poll++) {
            var health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsEntry("pending", 0)
                    .containsEntry(
                            "current", flyway.info().current().getVersion().getVersion());
        }

        assertThat(counting.infos).isEqualTo(1);
    }

    @Test
    void a_schema_behind_the_code_is_asked_again_on_every_probe(@TempDir Path extra) throws Exception {
        Files.writeString(extra.resolve("V999__create_future_table.sql"), "create table future_table (id int);");
        CountingFlyway newerCode = new CountingFlyway(Flyway.configure()
                .configuration(flyway.getConfiguration())
                .locations("classpath:db/migration", "filesystem:" + extra)
                .load());
        var indicator = new FlywayPendingHealthIndicator(newerCode);

        for (int poll = 0; poll < 3; poll++) {
            assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        }

        // still behind is not remembered: the node becomes ready as soon as another node's migration lands
        assertThat(newerCode.infos).isEqualTo(3);
    }

    /** Counts the history lookups; everything else is the real Flyway against the real schema. */
    private static final class CountingFlyway extends Flyway {

        int infos;

        CountingFlyway(Flyway real) {
            super(real.getConfiguration());
        }

        @Override
        public MigrationInfoService info() {
            infos++;
            return super.info();
        }
    }
}
