package io.portalops.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Flyway schema versions: the newest this code ships, and the newest applied in a database. */
final class SchemaVersions {

    private static final Pattern VERSIONED = Pattern.compile("^V([0-9]+(?:[._][0-9]+)*)__.*\\.sql$");

    private SchemaVersions() {}

    /** The highest {@code V<n>__*.sql} in the Flyway locations ({@code spring.flyway.locations}). */
    static MigrationVersion ofCode(String locations) {
        MigrationVersion newest = MigrationVersion.EMPTY;
        PathMatchingResourcePatternResolver resolver =
                new PathMatchingResourcePatternResolver(SchemaVersions.class.getClassLoader());
        for (String location : locations.split(",")) {
            String trimmed = location.strip();
            String pattern = trimmed.startsWith("filesystem:")
                    ? "file:" + trimmed.substring("filesystem:".length())
                    : "classpath*:" + trimmed.replaceFirst("^classpath:", "");
            try {
                for (Resource resource : resolver.getResources(pattern + "/**/V*.sql")) {
                    Matcher matcher = VERSIONED.matcher(String.valueOf(resource.getFilename()));
                    if (matcher.matches()) {
                        MigrationVersion version =
                                MigrationVersion.fromVersion(matcher.group(1).replace('_', '.'));
                        newest = version.compareTo(newest) > 0 ? version : newest;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the migrations in " + trimmed, e);
            }
        }
        return newest;
    }

    /** The newest successfully applied version, or "0" for a database Flyway never migrated. */
    static String ofDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet exists =
                        statement.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return "0";
            }
        }
        MigrationVersion newest = MigrationVersion.fromVersion("0");
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select version from public.flyway_schema_history where success and version is not null")) {
            while (rs.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                newest = version.compareTo(newest) > 0 ? version : newest;
            }
        }
        return newest.getVersion();
    }
}
