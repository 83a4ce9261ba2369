package io.portalops.shared.ops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.portalops.ApiTestClient;
import io.portalops.TestUsers;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.jobs.Jobs;
import io.portalops.shared.ops.InMemorySpans;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spans are produced (docs/ops/observability.md): an HTTP request carries its SQL and its event batch in one trace, and a
 * request that queues a mail and that mail's delivery, later in the sender job, share one trace. Read from the OpenTelemetry SDK's in-memory exporter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TracingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    InMemorySpans.Exporter spans;

    @Autowired
    SdkTracerProvider tracerProvider;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Jobs jobs;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContractService contracts;

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.162"));
    }

    List<SpanData> finished() {
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
        return spans.getFinishedSpanItems();
    }

    List<SpanData> trace(String traceId) {
        return finished().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    @Test
    void an_http_request_its_sql_and_its_event_batch_form_one_trace() {
        String customerRef = jdbc.queryForObject("select max(external_ref) from customer", String.class);
        String eventId = "trace-" + UUID.randomUUID();
        var response = api.post(
                "/api/events",
                Map.of(
                        "source",
                        "crm",
                        "eventId",
                        eventId,
                        "type",
                        "complaint.opened",
                        "occurredAt",
                        "2026-11-21T08:00:00+01:00",
                        "customerRef",
                        customerRef,
                        "payload",
                        Map.of("severity", "high", "subject", "Invoice wrong")),
                null,
                Map.of("X-API-Key", "demo-producer-key"));
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);

        SpanData server = finished().stream()
                .filter(s -> s.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER
                        && s.getName().contains("/api/events"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no server span in " + names(finished())));
        List<SpanData> trace = trace(server.getTraceId());

        assertThat(names(trace)).as("spans of the request's trace").contains("event batch");
        assertThat(trace)
                .as("SQL spans in the request's trace: " + names(trace))
                .anyMatch(s -> s.getName().equals("query") || s.getName().equals("connection"));
    }

    @Test
    void a_job_run_its_sql_and_its_outbound_mail_form_one_trace() {
        Instant now = Instant.now();
        jdbc.update(
                "insert into mail_outbox (dedup_key, to_address, subject, text_body, html_body, next_attempt_at, created_at) "
                        + "values (?, 'trace.test@example.test', 'Trace', 'text', '<p>html</p>', ?, ?)",
                "trace:" + UUID.randomUUID(),
                Timestamp.from(now.minusSeconds(60)),
                Timestamp.from(now));

        users.as("admin", () -> jobs.runNow("mail-outbox-send")).join();

        SpanData job = finished().stream()
                .filter(s -> s.getName().equals("job mail-outbox-send"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no job span in " + names(finished())));
        assertThat(job.getAttributes().asMap().toString()).contains("outcome=succeeded");
        List<SpanData> trace = trace(job.getTraceId());
        assertThat(names(trace)).as("the job's trace").contains("mail send");
        assertThat(trace).anyMatch(s -> s.getName().equals("query"));
    }

    @Test
    void a_request_and_the_mail_it_queues_form_one_trace_although_the_mail_leaves_later() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        long contractId = users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customer,
                                "Traced " + UUID.randomUUID().toString().substring(0, 6),
                                ContractType.SUBSCRIPTION,
                                new BigDecimal("1000"),
                                "EUR",
                                LocalDate.now().plusDays(10),
                                LocalDate.now().plusYears(1),
                                true,
                                60,
                                null)))
                .id();

        var submitted = api.post(
                "/api/actions", Map.of("action", "submit", "contractId", contractId), api.accessToken("manager"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        SpanData request = finished().stream()
                .filter(s -> s.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER
                        && s.getName().contains("/api/actions"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no server span in " + names(finished())));
        assertThat(jdbc.queryForList(
                        "select trace_parent from mail_outbox where dedup_key like ?",
                        String.class,
                        "contract:" + contractId + ":submitted:%"))
                .as("the queued mail keeps the request's trace")
                .isNotEmpty()
                .allMatch(parent -> parent.contains(request.getTraceId()));

        users.as("admin", () -> jobs.runNow("mail-outbox-send")).join();

        List<SpanData> trace = trace(request.getTraceId());
        assertThat(names(trace)).as("the request's trace").contains("mail send");
        assertThat(trace).anyMatch(s -> s.getName().equals("query"));
    }

    @Test
    void without_an_otlp_endpoint_no_exporter_sends_spans_anywhere() {
        assertThat(context.getBeanNamesForType(io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter.class))
                .isEmpty();
    }

    private static List<String> names(List<SpanData> spans) {
        return spans.stream().map(SpanData::getName).toList();
    }
}
