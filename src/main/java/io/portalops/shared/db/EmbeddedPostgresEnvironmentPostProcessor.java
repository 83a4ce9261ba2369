package io.portalops.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start an embedded PostgreSQL with a
 * persistent data directory, point the datasource at it and switch the demo profile on. With a datasource URL
 * (production) nothing starts and no demo data or demo logins exist. See docs/adr/002-embedded-default.md.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String DEMO_PROFILE = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("portalops.embedded-postgres.data-dir", "./data/postgres"));
        boolean clean = environment.getProperty("portalops.embedded-postgres.clean-on-start", Boolean.class, false);
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.startOrReuse(dataDirectory, clean);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        // Added after config data was read, so demo settings live in code defaults, not in application-demo.properties.
        environment.addActiveProfile(DEMO_PROFILE);
    }

    @Override
    public int getOrder() {
        // After ConfigDataEnvironmentPostProcessor, so a URL from application.properties or the environment counts.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
