package io.portalops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.portalops.PortalOpsApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With SPRING_DATASOURCE_URL (here: its property form) and the production profile the app uses that PostgreSQL,
 * starts no embedded one, and runs as production: no demo profile, no demo data, the first admin from the environment, all keys required.
 */
class DatasourceSwitchTest {

    @TempDir
    static Path externalDir;

    static EmbeddedPostgres external;
    static final Path UNUSED_EMBEDDED_DIR = Path.of("target/switch-test-embedded-must-not-start");

    @BeforeAll
    static void startExternalDatabase() throws Exception {
        // Stands in for a production PostgreSQL: a separate server the app knows only by URL.
        external = EmbeddedPostgres.builder()
                .setDataDirectory(externalDir.resolve("pg"))
                .setCleanDataDirectory(true)
                .start();
    }

    @AfterAll
    static void stopExternalDatabase() throws Exception {
        external.close();
    }

    private static String key() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static List<String> productionArgs(boolean withJwtSecret) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                // overrides the test configuration's demo profile
                "--spring.profiles.active=production",
                "--portalops.base-url=https://portal.example.com",
                "--portalops.embedded-postgres.data-dir=" + UNUSED_EMBEDDED_DIR,
                "--portalops.crypto.keys.k1=" + key(),
                "--portalops.crypto.blind-index-key=" + key(),
                "--portalops.audit.anchor-key=" + key(),
                "--portalops.export.signing-key=" + key(),
                "--portalops.admin.username=root-admin",
                "--portalops.admin.password=first-login-secret"));
        if (withJwtSecret) {
            args.add("--portalops.security.jwt.secret=" + key());
        }
        return args;
    }

    @Test
    void a_configured_datasource_is_used_and_no_embedded_database_or_demo_data_appears() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalOpsApplication.class)
                .run(productionArgs(true).toArray(String[]::new))) {
            assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(hikari(dataSource).getJdbcUrl()).isEqualTo(external.getJdbcUrl("postgres", "postgres"));
            assertThat(EmbeddedPostgresLauncher.isRunning(UNUSED_EMBEDDED_DIR)).isFalse();
            assertThat(Files.exists(UNUSED_EMBEDDED_DIR)).isFalse();

            JdbcTemplate jdbc = new JdbcTemplate(external.getPostgresDatabase());
            assertThat(jdbc.queryForList("select username from account", String.class))
                    .containsExactly("root-admin");
            assertThat(jdbc.queryForObject("select must_change_password from account", Boolean.class))
                    .isTrue();
            assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class))
                    .isZero();
        }
    }

    @Test
    void production_refuses_to_start_without_a_token_signing_key() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PortalOpsApplication.class)
                        .run(productionArgs(false).toArray(String[]::new))
                        .close())
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("PORTALOPS_SECURITY_JWT_SECRET");
    }

    /** The pool behind the tracing proxy (datasource-micrometer wraps the DataSource bean). */
    static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new AssertionError("The DataSource is not a Hikari pool: " + dataSource, e);
        }
    }
}
