package io.portalops.backup;

import java.nio.file.Path;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where the installation keeps what a backup holds, read from the same settings the application starts with, so that
 * the command line and the running application agree.
 *
 * @param embedded     whether the database is the embedded default (the demo profile without spring.datasource.url, ADR 020)
 * @param postgresDir  the embedded PostgreSQL's data directory
 * @param uploadsDir   attachments and invoices
 * @param anchorFile   the audit anchors outside the database (ADR 021)
 * @param migrations   the Flyway locations, to know the newest schema version this code knows
 */
record BackupSettings(boolean embedded, Path postgresDir, Path uploadsDir, Path anchorFile, String migrations) {

    static final String EXTERNAL = "backup and restore here work on the embedded database (the demo profile without "
            + "SPRING_DATASOURCE_URL); for your PostgreSQL server use pg_dump/pg_restore or continuous archiving with pgBackRest "
            + "or WAL-G, as docs/ops/backup.md describes";

    private static final String EMBEDDED_SOURCE = "embeddedPostgres";

    static BackupSettings from(Environment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        String url = environment.getProperty("spring.datasource.url", "");
        // Inside the running application the embedded database's URL is set by EmbeddedPostgresEnvironmentPostProcessor
        // in a property source of its own; on the command line (before Spring) there is none and the URL is blank.
        boolean startedEmbedded = environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(EMBEDDED_SOURCE);
        String dataDir = environment.getProperty("portalops.data-dir", "./data");
        return new BackupSettings(
                demo && (url.isBlank() || startedEmbedded),
                path(environment, "portalops.embedded-postgres.data-dir", dataDir + "/postgres"),
                path(environment, "portalops.uploads.dir", dataDir + "/uploads"),
                path(environment, "portalops.audit.anchor-file", dataDir + "/audit-anchors.log"),
                environment.getProperty("spring.flyway.locations", "classpath:db/migration"));
    }

    private static Path path(Environment environment, String property, String fallback) {
        return Path.of(environment.getProperty(property, fallback))
                .toAbsolutePath()
                .normalize();
    }
}
