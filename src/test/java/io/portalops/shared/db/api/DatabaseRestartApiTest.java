package io.portalops.shared.db.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.portalops.PortalOpsApplication;
import io.portalops.shared.db.DatabaseUnavailable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away while the app runs, and comes back (docs/reliability.md). This class has its own embedded
 * PostgreSQL (its own data directory) and its own application context, so stopping that server touches no other test.
 * The outage lasts {@value #OUTAGE_SECONDS} s here rather than the 30 s of the issue: what happens in it does not
 * depend on its length once the pool's connection-timeout (5 s) has passed, and CI time is short.
 */
class DatabaseRestartApiTest {

    static final int OUTAGE_SECONDS = 10;
    private static final Path DATA = Path.of("target/test-data/db-restart").toAbsolutePath();
    private static final Path POSTGRES = DATA.resolve("postgres");
    private static ConfigurableApplicationContext app;
    private static String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(PortalOpsApplication.class)
                .run(
                        "--server.port=0",
                        "--portalops.data-dir=" + DATA,
                        "--portalops.embedded-postgres.data-dir=" + POSTGRES,
                        "--portalops.demo.customers=20",
                        "--portalops.demo.events=0",
                        "--portalops.jobs.mail-outbox-send.cron=*/2 * * * * *");
        base = "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void
            while_the_database_is_down_requests_get_503_and_afterwards_everything_resumes_and_nothing_acknowledged_is_lost()
                    throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String before = "before-" + UUID.randomUUID();
        String during = "during-" + UUID.randomUUID();
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> acknowledged = postBatch(before);
        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.body()).contains("\"accepted\":20");

        List<String> serverOptions = serverOptions();
        Instant down = Instant.now();
        stopServer();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/actuator/health/readiness").statusCode() == 503);
        long sent = System.nanoTime();
        HttpResponse<String> refused = postBatch(during);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("fails fast").isLessThan(Duration.ofSeconds(15));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValue(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(refused.body()).contains("Database unavailable").doesNotContain("Exception", "Hikari", "at org.");
        assertThat(catchThrowable(() -> jdbc.queryForObject("select 1", Integer.class)))
                .as("what a view or a job meets is recognised as the outage")
                .matches(DatabaseUnavailable::causes);

        // the outage lasts OUTAGE_SECONDS in all, and the app stays unready throughout
        Duration rest = Duration.ofSeconds(OUTAGE_SECONDS).minus(Duration.between(down, Instant.now()));
        if (rest.isPositive()) {
            await("the outage's end")
                    .during(rest)
                    .atMost(rest.plusSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> get("/actuator/health/readiness").statusCode() == 503);
        }
        startServer(serverOptions);
        Instant up = Instant.now();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
        HttpResponse<String> retried = postBatch(during);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).as("the refused batch was not stored").contains("\"accepted\":20");
        assertThat(postBatch(before).body())
                .as("the acknowledged batch is stored")
                .contains("\"duplicates\":20");
        assertThat(jdbc.queryForObject(
                        "select count(*) from events where source = 'db-restart' and event_id like ?",
                        Integer.class,
                        before + "%"))
                .isEqualTo(20);

        // the outbox sender and the job runner resume on their own schedule: a message queued now goes out
        String dedup = "db-restart:" + UUID.randomUUID();
        jdbc.update(
                "insert into mail_outbox (dedup_key, to_address, subject, text_body, html_body, next_attempt_at, created_at) "
                        + "values (?, 'restart@example.com', 'After the restart', 'text', '<p>html</p>', now(), now())",
                dedup);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "SENT"
                        .equals(jdbc.queryForObject(
                                "select status from mail_outbox where dedup_key = ?", String.class, dedup)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_run where job_name = 'mail-outbox-send' and outcome = 'SUCCEEDED' "
                                + "and started_at > ?",
                        Integer.class,
                        Timestamp.from(up)))
                .isPositive();
    }

    private HttpResponse<String> postBatch(String prefix) throws Exception {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            body.append(i == 0 ? "" : ",").append("""
                    {"source":"db-restart","eventId":"%s-%d","type":"usage.reported","occurredAt":"%s",\
                    "customerRef":"CUS-%08d","payload":{"metric":"seats","quantity":%d}}""".formatted(prefix, i, Instant.now(), i % 20 + 1, i + 1));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events/batch"))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", "demo-producer-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append("]").toString()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The options the running server was started with (its port among them), from the file PostgreSQL keeps for that. */
    private static List<String> serverOptions() throws Exception {
        String opts = Files.readString(POSTGRES.resolve("postmaster.opts")).trim();
        List<String> options = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(opts);
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        options.addFirst(opts.substring(0, opts.indexOf(' ')));
        return options;
    }

    /** A fast shutdown, as an operator's {@code pg_ctl stop} or a database failover would do it: sessions end at once. */
    private static void stopServer() throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                        Files.readAllLines(POSTGRES.resolve("postmaster.pid")).getFirst()))
                .orElseThrow();
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                        .start()
                        .waitFor())
                .isZero();
        postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** As zonky starts it: pg_ctl, in a user namespace when run as root, on the same directory and port. */
    private static void startServer(List<String> options) throws Exception {
        String pgCtl = Path.of(options.getFirst()).resolveSibling("pg_ctl").toString();
        String serverArgs = String.join(" ", options.subList(3, options.size()));
        List<String> command =
                new ArrayList<>(List.of(pgCtl, "-D", POSTGRES.toString(), "-o", serverArgs, "-w", "-t", "60", "start"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(0, List.of("unshare", "-U"));
        }
        Process pgCtlStart = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(pgCtlStart.waitFor()).as("pg_ctl start").isZero();
    }
}
