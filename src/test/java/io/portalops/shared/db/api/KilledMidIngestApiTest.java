package io.portalops.shared.db.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.PortalOpsApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.util.FileSystemUtils;

/**
 * The short variant of {@code docs/bench/kill-under-load.py} (docs/reliability.md), in the nightly run
 * ({@code -Dtests.nightly=true}; two cold app starts, about 100 s, are more than the default suite's budget allows): the app runs
 * as a child process on a data directory of its own, two producers post event batches, the child gets {@code kill -9}
 * mid-ingest, and a new child starts on the same data directory (stopping the killed one's orphaned PostgreSQL). Every
 * acknowledged batch is stored whole, no batch is stored in part, and once the producers have retried their
 * unacknowledged batches with the same event ids, every batch is stored exactly once.
 */
@EnabledIfSystemProperty(named = "tests.nightly", matches = "true")
class KilledMidIngestApiTest {

    private static final int BATCH = 20;
    private static final String KEY = "demo-producer-key";
    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    private final Path data =
            Path.of("target/test-data/kill-" + UUID.randomUUID()).toAbsolutePath();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retries = new AtomicInteger();
    private final List<Process> children = new ArrayList<>();
    private volatile String base = "";

    @AfterEach
    void stopChildrenAndTheirDatabase() throws Exception {
        for (Process child : children) {
            child.destroy();
            child.waitFor();
        }
        // a gracefully stopped child stops its PostgreSQL, and the second start stopped the killed one's; a server
        // left by a failure before that gets a smart shutdown here (SIGTERM to the postmaster)
        Path pid = data.resolve("postgres/postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).getFirst().strip()))
                    .ifPresent(ProcessHandle::destroy);
        } else {
            // about 100 MB a run: deleted once no server uses it (a start that failed says why in its assertion)
            FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void a_kill_9_mid_ingest_loses_no_acknowledged_batch_stores_none_in_part_and_retries_store_each_once()
            throws Exception {
        Files.createDirectories(data);
        start(1);
        AtomicBoolean paused = new AtomicBoolean();
        AtomicBoolean stopped = new AtomicBoolean();
        List<Thread> producers = List.of(
                Thread.ofVirtual().start(() -> produce("p1", paused, stopped)),
                Thread.ofVirtual().start(() -> produce("p2", paused, stopped)));
        awaitAcknowledged(6);

        Process killed = children.getLast();
        killed.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop of the web server or the pool
        killed.waitFor();
        paused.set(true);
        int acknowledgedAtKill = acknowledged.size();

        start(2);
        Map<String, Integer> afterRestart = storedPerBatch();
        assertThat(afterRestart.values()).as("no batch is stored in part").allMatch(n -> n == BATCH);
        assertThat(afterRestart.keySet())
                .as("every batch acknowledged before the kill is stored")
                .containsAll(acknowledged.keySet());

        paused.set(false);
        awaitAcknowledged(acknowledgedAtKill + 4);
        stopped.set(true);
        for (Thread producer : producers) {
            producer.join(Duration.ofSeconds(60));
        }
        Map<String, Integer> end = storedPerBatch();
        assertThat(end.keySet()).as("every batch acknowledged in the end").containsAll(acknowledged.keySet());
        assertThat(end.values()).allMatch(n -> n == BATCH);
        assertThat(end.keySet()).isSubsetOf(sent);
        try (Connection db = database();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*), count(distinct event_id) from events where source = 'kill-test'")) {
            rows.next();
            assertThat(rows.getLong(1))
                    .as("no event stored twice, though %d posts were retried", retries.get())
                    .isEqualTo(rows.getLong(2))
                    .isEqualTo((long) end.size() * BATCH);
        }
    }

    /** Posts numbered batches, each retried with the same event ids until it gets a 200. */
    private void produce(String producer, AtomicBoolean paused, AtomicBoolean stopped) {
        for (int number = 0; !stopped.get(); number++) {
            String batch = producer + "-" + number;
            sent.add(batch);
            String body = body(batch);
            while (true) {
                if (paused.get() || base.isEmpty()) {
                    Awaitility.await("a running app to post to")
                            .forever()
                            .pollInterval(Duration.ofMillis(100))
                            .until(() -> !paused.get() && !base.isEmpty());
                }
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/events/batch"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("X-API-Key", KEY)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        acknowledged.put(batch, true);
                        break;
                    }
                } catch (IOException e) {
                    // the child was killed or is starting: retry the same batch
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                retries.incrementAndGet();
                // retry once the app answers again (killed or starting, every retry before that fails the same way)
                try {
                    Awaitility.await("the app back for a retry")
                            .atMost(START_LIMIT)
                            .pollDelay(Duration.ZERO)
                            .pollInterval(Duration.ofMillis(200))
                            .until(() -> ready(base));
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    return;
                }
            }
        }
    }

    private static String body(String batch) {
        StringBuilder json = new StringBuilder("[");
        Instant now = Instant.now();
        for (int i = 0; i < BATCH; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"source\":\"kill-test\",\"eventId\":\"")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append("\",\"type\":\"usage.reported\",\"occurredAt\":\"")
                    .append(now.minusSeconds(60L * i))
                    .append("\",\"customerRef\":\"CUS-00000001\",\"payload\":{\"metric\":\"seats\",\"quantity\":")
                    .append(i + 1)
                    .append("}}");
        }
        return json.append(']').toString();
    }

    /** The app as its own process, on this test's data directory, with the test classpath (the same code). */
    private void start(int n) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", // dev mode scans the whole test class path (S3Proxy, Kafka, the AWS SDK): 384 MB ran out
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                PortalOpsApplication.class.getName(),
                "--server.port=" + port,
                "--portalops.data-dir=" + data,
                "--portalops.embedded-postgres.data-dir=" + data.resolve("postgres"),
                "--portalops.embedded-postgres.clean-on-start=false",
                "--portalops.audit.anchor-file=" + data.resolve("anchors.log"),
                "--portalops.demo.customers=5",
                "--portalops.demo.events=0",
                "--portalops.api.rate-limit.per-minute=1000000",
                "--management.tracing.sampling.probability=0"));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app-" + n + ".log").toFile())
                .start();
        children.add(child);
        String url = "http://localhost:" + port;
        Awaitility.await("the app's readiness")
                .atMost(START_LIMIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!child.isAlive()) {
                        throw new AssertionError("the app exited during its start: " + tail(n));
                    }
                    return ready(url);
                });
        base = url;
    }

    private boolean ready(String url) throws InterruptedException {
        try {
            return http.send(
                                    HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private String tail(int n) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("app-" + n + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private void awaitAcknowledged(int count) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(acknowledged.size())
                        .as("batches acknowledged")
                        .isGreaterThanOrEqualTo(count));
    }

    private Map<String, Integer> storedPerBatch() throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = database();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select left(event_id, length(event_id) - position('-' in reverse(event_id))), count(*) "
                                + "from events where source = 'kill-test' group by 1")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        return stored;
    }

    /** The running child's PostgreSQL, as the app role, on the port its postmaster.pid names. */
    private Connection database() throws SQLException {
        try {
            String port = Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                    .get(3)
                    .strip();
            return DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres", "portalops_app", "portalops_app");
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }
}
