package io.portalops.shared.ops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.TestUsers;
import io.portalops.audit.AuditVerifier;
import io.portalops.jobs.Jobs;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The PortalOps meters are exposed under their documented names, and the Grafana dashboard and the alert rules in
 * docs/ops/ use no metric that /actuator/prometheus does not expose (a renamed meter would leave an empty panel or an
 * alert that never fires).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsCatalogApiTest {

    static final Path DASHBOARD = Path.of("docs/ops/grafana-dashboard.json");
    static final Path ALERTS = Path.of("docs/ops/alerts.yml");
    /** Metric names in PromQL: a name followed by a label set, a range or an operator; functions are excluded below. */
    static final Pattern METRIC = Pattern.compile("\\b([a-z_][a-z0-9_]*_[a-z0-9_]+)\\b(?!\\s*\\()");

    static final Set<String> NOT_METRICS =
            Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool");

    @LocalServerPort
    int port;

    @Autowired
    Jobs jobs;

    @Autowired
    AuditVerifier auditVerifier;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_portalops_meter_is_exposed_and_every_metric_of_the_dashboard_and_alerts_exists() throws IOException {
        String scrape = activityThenScrape();
        Set<String> exposed = exposedNames(scrape);

        assertThat(exposed)
                .contains(
                        "portalops_events_total",
                        "portalops_event_batch_seconds_count",
                        "portalops_event_dead_letters_waiting",
                        "portalops_mail_outbox_backlog",
                        "portalops_mail_outbox_oldest_age_seconds",
                        "portalops_mail_outbox_messages_total",
                        "portalops_job_run_seconds_count",
                        "portalops_job_lock_attempts_total",
                        "portalops_export_seconds_count",
                        "portalops_export_rows_sum",
                        "portalops_export_bytes_sum",
                        "portalops_sign_ins_total",
                        "portalops_sign_in_lockouts_total",
                        "portalops_approvals_waiting",
                        "portalops_approvals_oldest_age_seconds",
                        "portalops_audit_verification_intact",
                        "portalops_audit_verification_age_seconds",
                        "portalops_readiness",
                        "jvm_memory_used_bytes",
                        "http_server_requests_seconds_count",
                        "hikaricp_connections_active",
                        "tomcat_sessions_active_current_sessions");
        assertThat(scrape)
                .contains(
                        "portalops_events_total{application=\"portalops\",outcome=\"accepted\",type=\"complaint.opened\"}")
                .contains("portalops_events_total{application=\"portalops\",outcome=\"rejected\",type=\"unknown\"}")
                .contains("portalops_sign_ins_total{application=\"portalops\",outcome=\"failed\"}")
                .contains("portalops_audit_verification_intact{application=\"portalops\"} 1.0");

        Set<String> referenced = new TreeSet<>();
        referenced.addAll(metricsIn(dashboardExpressions()));
        referenced.addAll(metricsIn(alertExpressions()));
        assertThat(referenced).as("the dashboard and the alerts use metrics").hasSizeGreaterThan(10);
        assertThat(exposed)
                .as("every metric the dashboard and the alerts use is exposed")
                .containsAll(referenced);
    }

    private String activityThenScrape() {
        ApiTestClient api = new ApiTestClient(port, loopback("127.0.0.163"));
        String admin = api.accessToken("admin");
        api.post("/api/auth/token", Map.of("username", "admin", "password", "wrong-" + UUID.randomUUID()), null);
        String customerRef = jdbc.queryForObject("select max(external_ref) from customer", String.class);
        var batch = api.post(
                "/api/events/batch",
                List.of(
                        Map.of(
                                "source",
                                "crm",
                                "eventId",
                                "metrics-" + UUID.randomUUID(),
                                "type",
                                "complaint.opened",
                                "occurredAt",
                                "2026-11-21T08:00:00+01:00",
                                "customerRef",
                                customerRef,
                                "payload",
                                Map.of("severity", "high", "subject", "Invoice wrong")),
                        Map.of(
                                "source",
                                "crm",
                                "eventId",
                                "metrics-" + UUID.randomUUID(),
                                "type",
                                "made.up." + UUID.randomUUID(),
                                "occurredAt",
                                "2026-11-21T08:00:00+01:00",
                                "customerRef",
                                customerRef,
                                "payload",
                                Map.of())),
                null,
                Map.of("X-API-Key", "demo-producer-key"));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(api.get("/api/export?grid=contracts&format=csv", api.accessToken("analyst"))
                        .status())
                .isEqualTo(200);
        users.as("admin", () -> jobs.runNow("mail-outbox-send")).join();
        users.as("admin", () -> auditVerifier.verify(n -> {}));
        var scrape = api.get("/actuator/prometheus", admin, ActuatorApiTest.PROMETHEUS);
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.body();
    }

    private static Set<String> exposedNames(String scrape) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = ApiTestClient.JSON.readTree(Files.readString(DASHBOARD));
        assertThat(dashboard.path("panels").size()).as("panels").isGreaterThan(8);
        return dashboard.findValues("expr").stream().map(JsonNode::asString).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertExpressions() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(ALERTS));
        List<String> expressions = ((List<Map<String, Object>>) rules.get("groups"))
                .stream()
                        .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                        .peek(rule -> assertThat(rule).containsKeys("alert", "expr", "labels", "annotations"))
                        .map(rule -> String.valueOf(rule.get("expr")))
                        .toList();
        assertThat(expressions).as("alert rules").hasSizeGreaterThanOrEqualTo(5);
        return expressions;
    }

    private static Set<String> metricsIn(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            // label matchers and their values are not metric names
            String withoutLabels = expression
                    .replaceAll("\\{[^}]*}", "")
                    .replaceAll("\"[^\"]*\"", "")
                    .replaceAll("\\[[^]]*]", "");
            Matcher m = METRIC.matcher(withoutLabels);
            while (m.find()) {
                if (!NOT_METRICS.contains(m.group(1)) && !m.group(1).startsWith("_")) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static InetAddress loopback(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
