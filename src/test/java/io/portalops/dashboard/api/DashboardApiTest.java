package io.portalops.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.dashboard.DashboardRefreshJob;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/dashboard} over real HTTP: a part per role held, in the caller's scope, and who may not ask. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DashboardRefreshJob refresh;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        refresh.execute(clock);
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.72"));
    }

    JsonNode dashboard(String user) {
        ApiTestClient.Response response = api.get("/api/dashboard", api.accessToken(user));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void each_role_gets_its_parts_with_figures_as_of_the_last_refresh() {
        JsonNode manager = dashboard("manager");
        assertThat(manager.get("account").isObject()).isTrue();
        assertThat(manager.get("analysis").isNull()).isTrue();
        assertThat(manager.get("saas").isNull()).isTrue();
        assertThat(manager.get("asOf").isNull()).isFalse();
        long own = jdbc.queryForObject(
                "select count(*) from contract c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        long counted = 0;
        for (JsonNode status : manager.get("account").get("byStatus")) {
            counted += status.get("contracts").asLong();
        }
        assertThat(counted).isEqualTo(own);

        JsonNode analyst = dashboard("analyst");
        assertThat(analyst.get("analysis").get("topCustomers").size()).isPositive();
        assertThat(analyst.get("account").isNull()).isTrue();

        JsonNode productAdmin = dashboard("productadmin");
        assertThat(productAdmin.get("saas").get("seesCards").asBoolean()).isFalse();
        assertThat(productAdmin.get("saas").get("seats").findValuesAsString("productName"))
                .containsOnly("Gmail", "Drive");

        JsonNode auditor = dashboard("auditor");
        assertThat(auditor.get("approvals").isNull()
                        && auditor.get("account").isNull()
                        && auditor.get("analysis").isNull()
                        && auditor.get("saas").isNull())
                .isTrue();
    }

    @Test
    void no_token_is_401_and_a_producer_key_is_refused() throws Exception {
        assertThat(api.get("/api/dashboard", null).status()).isEqualTo(401);
        HttpResponse<String> producer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dashboard"))
                                .header("X-API-Key", "demo-producer-key")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(producer.statusCode()).isEqualTo(403);
        assertThat(producer.body()).doesNotContain("byStatus");
    }
}
