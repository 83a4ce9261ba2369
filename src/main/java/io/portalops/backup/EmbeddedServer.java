package io.portalops.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL of an installation as seen from outside the application: whether it runs (its
 * {@code postmaster.pid} names a live process, or a JVM holds zonky's {@code epg-lock}), its port, and a start of our own
 * when the installation is stopped (an offline backup, or the recovery that ends a restore).
 */
final class EmbeddedServer {

    static final String SUPERUSER = "postgres";
    private static final String PID_FILE = "postmaster.pid";
    private static final String ZONKY_LOCK = "epg-lock";

    private EmbeddedServer() {}

    /** The port of the server running on {@code dataDir}, if one runs; a pid file left by a killed server does not count. */
    static OptionalInt runningPort(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve(PID_FILE));
        } catch (NoSuchFileException e) {
            return OptionalInt.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dataDir.resolve(PID_FILE), e);
        }
        if (lines.size() < 4 || !alive(lines.getFirst())) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(lines.get(3).strip()));
    }

    /** Whether anything uses the data directory: a live postmaster, or an application whose embedded database holds the lock. */
    static boolean inUse(Path dataDir) {
        if (runningPort(dataDir).isPresent()) {
            return true;
        }
        Path lock = dataDir.resolve(ZONKY_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock held = channel.tryLock()) {
            return held == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    static Connection connect(int port) throws SQLException {
        // zonky's initdb trusts local connections for its superuser; the server listens on localhost only
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, "");
    }

    /**
     * Starts the server on a stopped installation with the settings of kept data (fsync on: what recovery writes must
     * be durable) and time for a long recovery, which zonky's default ten seconds would cut short.
     */
    static EmbeddedPostgres start(Path dataDir) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofHours(2))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new BackupException("The embedded PostgreSQL did not start on " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Stops a server of ours and waits until its pid file is gone, so that the application can start on the directory next. */
    static void stop(EmbeddedPostgres server, Path dataDir) {
        Optional<ProcessHandle> postmaster = postmaster(dataDir);
        try {
            server.close();
            if (postmaster.isPresent()) {
                postmaster.get().onExit().get(5, TimeUnit.MINUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // as before: after five minutes the caller goes on and meets the server's state itself
        }
    }

    /** The live postmaster that the data directory's pid file names, if any. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(PID_FILE));
            return lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean alive(String pidLine) {
        try {
            return ProcessHandle.of(Long.parseLong(pidLine.strip()))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
