package io.portalops.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server per data directory and JVM. Test contexts share it instead of starting one each.
 */
public final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresLauncher() {}

    public static EmbeddedPostgres startOrReuse(Path dataDirectory, boolean clean) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> start(dir, clean));
    }

    /** Stops the server of this data directory if this JVM started it (the backup drill stops an installation this way). */
    public static void stop(Path dataDirectory) throws IOException {
        EmbeddedPostgres postgres =
                RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void stopQuietly(Path dataDirectory) {
        try {
            stop(dataDirectory);
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded PostgreSQL in {} did not stop cleanly: {}", dataDirectory, e.getMessage());
        }
    }

    public static boolean isRunning(Path dataDirectory) {
        return RUNNING.containsKey(dataDirectory.toAbsolutePath().normalize());
    }

    private static EmbeddedPostgres start(Path dir, boolean clean) {
        try {
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // stopped by the handler below, after the contexts, rather than by zonky's own JVM hook
                    .setRegisterShutdownHook(false);
            if (!clean) {
                // zonky starts PostgreSQL for throwaway test data (-F, synchronous_commit=off). Data that is kept must
                // survive a crash, and an acknowledged commit (e.g. an accepted event) must be on disk.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                // Event ingestion writes much WAL: fewer checkpoints mean fewer full-page images after each one, and
                // compressed WAL means fewer bytes to flush per commit (docs/benchmarks.md). Crash recovery replays
                // at most checkpoint_timeout of WAL.
                builder.setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("checkpoint_timeout", "15min")
                        .setServerConfig("checkpoint_completion_target", "0.9")
                        .setServerConfig("wal_compression", "on")
                        .setServerConfig("wal_buffers", "16MB")
                        .setServerConfig("shared_buffers", "256MB");
            }
            // also before a clean start: a test JVM killed at its exit leaves its server running on the fork's
            // directory, and its data there (zonky wipes a clean directory only when it closes), so the next JVM's
            // initdb would fail: the orphan is stopped, and a clean start begins from an empty directory
            StalePostmaster.clear(dir);
            if (clean) {
                FileSystemUtils.deleteRecursively(dir);
                Files.createDirectories(dir);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listens on port {}", postgres.getPort());
            // Spring Boot runs its shutdown handlers after it has closed every application context. zonky's own hook
            // ran at the same time as Spring's, stopped the server first, and a closing context then waited for a
            // connection: 30 s at the exit of every test JVM, until Surefire killed it.
            SpringApplication.getShutdownHandlers().add(() -> stopQuietly(dir));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dir, e);
        }
    }
}
