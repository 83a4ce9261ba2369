package io.portalops.shared.ops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.TestUsers;
import io.portalops.security.ApiClientService;
import io.portalops.security.IssuedApiKey;
import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operations surface over HTTP: open probes, everything else for ADMIN, the scrape also for a metrics:read key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClientService clients;

    @Autowired
    TestUsers users;

    /** What Prometheus asks for: the text exposition format. */
    static final Map<String, String> PROMETHEUS = Map.of("Accept", "text/plain;version=0.0.4;q=0.9,*/*;q=0.1");

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.161"));
    }

    @Test
    void liveness_and_readiness_answer_without_a_login_and_show_no_details() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = api.get(probe, null);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asString()).isEqualTo("UP");
            assertThat(response.json().has("components"))
                    .as("anonymous callers see no components")
                    .isFalse();
            assertThat(response.json().has("details")).isFalse();
        }
    }

    @Test
    void readiness_includes_the_database_and_pending_migrations_for_an_admin() {
        var readiness =
                api.get("/actuator/health/readiness", api.accessToken("admin")).json();

        assertThat(readiness.path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        assertThat(readiness
                        .path("components")
                        .path("flywayPending")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(readiness
                        .path("components")
                        .path("flywayPending")
                        .path("details")
                        .path("pending")
                        .asInt(-1))
                .isZero();
        assertThat(readiness
                        .path("components")
                        .path("readinessState")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    void everything_else_needs_an_admin() {
        String manager = api.accessToken("manager");
        for (String path : new String[] {
            "/actuator/health",
            "/actuator/prometheus",
            "/actuator/metrics",
            "/actuator/info",
            "/actuator",
            "/actuator/env"
        }) {
            var anonymous = api.get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
            assertThat(api.get(path, manager).status()).as(path).isEqualTo(403);
        }
        String admin = api.accessToken("admin");
        assertThat(api.get("/actuator/prometheus", admin, PROMETHEUS).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health", admin).json().path("components").has("db"))
                .isTrue();
    }

    @Test
    void dangerous_endpoints_are_not_exposed_even_to_an_admin() {
        String admin = api.accessToken("admin");
        for (String path : new String[] {
            "/actuator/env",
            "/actuator/heapdump",
            "/actuator/configprops",
            "/actuator/loggers",
            "/actuator/shutdown",
            "/actuator/threaddump",
            "/actuator/beans",
            "/actuator/mappings"
        }) {
            var response = api.get(path, admin);
            assertThat(response.status()).as(path).isEqualTo(404);
            // not the Vaadin app's HTML page: /actuator/** is kept out of Vaadin's servlet
            assertThat(response.contentType()).as(path).doesNotStartWith("text/html");
        }
        assertThat(api.post("/actuator/shutdown", Map.of(), admin).status()).isIn(404, 405);
    }

    @Test
    void prometheus_scrapes_with_a_metrics_read_key_and_a_producer_key_cannot() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        IssuedApiKey scraper = users.as("admin", () -> clients.create("prometheus-" + suffix, Set.of("metrics:read")));
        IssuedApiKey producer = users.as("admin", () -> clients.create("producer-" + suffix, Set.of("events:write")));

        var scrape = api.get(
                "/actuator/prometheus", null, Map.of("X-API-Key", scraper.key(), "Accept", PROMETHEUS.get("Accept")));
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "hikaricp_connections", "portalops_readiness");
        assertThat(api.get(
                                "/actuator/prometheus",
                                null,
                                Map.of("X-API-Key", producer.key(), "Accept", PROMETHEUS.get("Accept")))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(
                                "/actuator/metrics",
                                null,
                                Map.of("X-API-Key", scraper.key(), "Accept", PROMETHEUS.get("Accept")))
                        .status())
                .as("the scrape key opens the scrape only")
                .isEqualTo(403);
        assertThat(api.get("/api/events", null, Map.of("X-API-Key", scraper.key(), "Accept", PROMETHEUS.get("Accept")))
                        .status())
                .isEqualTo(403);
    }
}
