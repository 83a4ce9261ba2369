package io.portalops.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed app leaves in a kept data directory (docs/reliability.md). zonky starts PostgreSQL through
 * {@code pg_ctl}, so the server outlives a {@code kill -9} of the JVM and still holds {@code postmaster.pid}; a new
 * server on the same directory would refuse to start. That orphan is stopped here with a fast shutdown (SIGINT, as
 * {@code pg_ctl stop -m fast}: open transactions roll back, committed ones are on disk), and the new server starts
 * normally. A pid file whose process is gone is left to PostgreSQL, which replaces it itself; one whose number now
 * belongs to an unrelated process (a reused pid, e.g. after a container restart) is removed, since PostgreSQL would
 * take that process for another postmaster and refuse.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private StalePostmaster() {}

    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process =
                pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
        if (process.isEmpty()) {
            return;
        }
        if (!isPostmasterOf(process.get(), dataDirectory)) {
            log.warn("Removing postmaster.pid of {}: its pid {} now belongs to another process", dataDirectory, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn(
                "An embedded PostgreSQL (pid {}) of an earlier run still serves {}; stopping it first",
                pid,
                dataDirectory);
        stop(process.get());
    }

    static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> c.endsWith("/postgres")).orElse(false);
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        return postgres
                && info.arguments()
                        .map(args -> List.of(args).contains(directory))
                        .orElse(false);
    }

    private static void stop(ProcessHandle postmaster) throws IOException {
        try {
            // SIGINT is PostgreSQL's fast shutdown; ProcessHandle.destroy() would send SIGTERM, which waits for clients
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .inheritIO()
                    .start();
            kill.waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the earlier embedded PostgreSQL " + postmaster.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "The earlier embedded PostgreSQL (pid " + postmaster.pid() + ") did not stop within "
                            + STOP_WAIT.toSeconds() + " s; stop it and start again",
                    e);
        }
    }
}
