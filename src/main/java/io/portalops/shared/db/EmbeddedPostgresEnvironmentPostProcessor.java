package io.portalops.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo on an embedded database, asked for explicitly (ADR 020, replacing the silent fallback of ADR 002): with the
 * {@code demo} profile and no {@code spring.datasource.url}, start an embedded PostgreSQL with a persistent data
 * directory and point the datasource at it. Without the profile and without a URL the start is refused with one line
 * naming SPRING_DATASOURCE_URL; the production profile's demands are checked here too ({@link ProfileRules}).
 *
 * <p>The demo runs like production with two database roles: its superuser runs the Flyway migrations, and the
 * application connects as {@value #APP_ROLE}, which owns nothing and may only insert and read the audit log
 * (docs/security/database-roles.md). So every test exercises the app-role grants.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String DEMO_PROFILE = ProfileRules.DEMO;
    public static final String APP_ROLE = "portalops_app";
    private static final String OWNER = "postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ProfileRules.check(environment)) {
            return;
        }
        Path dataDirectory =
                Path.of(environment.getProperty("portalops.embedded-postgres.data-dir", "./data/postgres"));
        boolean clean = environment.getProperty("portalops.embedded-postgres.clean-on-start", Boolean.class, false);
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(dataDirectory, clean);
        createAppRole(postgres);

        Map<String, Object> properties = new HashMap<>();
        // no user in the URL: the driver would let it override the username below
        properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        properties.put("spring.datasource.username", APP_ROLE);
        properties.put("spring.datasource.password", APP_ROLE);
        properties.put("spring.flyway.user", OWNER);
        properties.put("spring.flyway.password", OWNER);
        properties.put("portalops.db.app-role", APP_ROLE);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    /** The local demo's password is its name: the server listens on localhost only and holds demo data. */
    private static void createAppRole(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE + "') then "
                            + "create role " + APP_ROLE + " login password '" + APP_ROLE
                            + "' nosuperuser nocreatedb nocreaterole noinherit; "
                            + "end if; end $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the demo's application role " + APP_ROLE, e);
        }
    }

    @Override
    public int getOrder() {
        // After ConfigDataEnvironmentPostProcessor, so a URL or profile from application.properties or the environment
        // counts.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
