package io.portalops.usage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import io.portalops.usage.UsageFixtures;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductUsageApiTest {

    static final String DEMO_KEY = "demo-producer-key";

    @LocalServerPort
    int port;

    @Autowired
    UsageFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.23"));
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    String token(String username) {
        return api.login(username, DirectoryFixtures.PASSWORD)
                .get("access_token")
                .asString();
    }

    @Test
    void a_product_admin_reads_usage_and_reclaims_once_and_an_outsider_gets_404() {
        UsageFixtures.Seats s = fx.seats();
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());
        String outsider = directory.account(Role.PRODUCT_ADMIN);
        String token = token(productAdmin);

        Response usage = api.get("/api/products/" + s.product() + "/usage", token);
        assertThat(usage.status()).as("%s", usage).isEqualTo(200);
        assertThat(usage.json().get("idle").asInt()).isEqualTo(1);
        assertThat(usage.json().get("neverUsed").asInt()).isEqualTo(2);
        assertThat(usage.json().get("reclaimableMonthly").get("amount").decimalValue())
                .isEqualByComparingTo("20.00");

        Response reclaim = api.post("/api/products/" + s.product() + "/reclaim", "", token);
        assertThat(reclaim.status()).as("%s", reclaim).isEqualTo(200);
        assertThat(reclaim.json().get("tasks").size()).isEqualTo(2);
        Response again = api.post("/api/products/" + s.product() + "/reclaim", "", token);
        assertThat(again.json().get("tasks").size()).isZero();

        String other = token(outsider);
        assertProblem(api.get("/api/products/" + s.product() + "/usage", other), 404);
        assertProblem(api.post("/api/products/" + s.product() + "/reclaim", "", other), 404);
        assertProblem(api.get("/api/products/999999999/usage", token), 404);
        assertProblem(api.put("/api/products/" + s.product() + "/usage/policy", Map.of("idleDays", 10), token), 403);
        assertProblem(api.get("/api/products/" + s.product() + "/usage", api.accessToken("analyst")), 403);
    }

    @Test
    void bad_settings_answer_problem_details_and_change_nothing() {
        UsageFixtures.Seats s = fx.seats();
        String admin = api.accessToken("admin");
        String path = "/api/products/" + s.product() + "/usage/policy";

        assertProblem(api.put(path, Map.of("idleDays", 0), admin), 400);
        assertProblem(api.put(path, Map.of("maxUnusedSeats", -1), admin), 400);
        assertProblem(api.put(path, Map.of("idleDays", "many"), admin), 400);
        assertProblem(api.put(path, "[1,2]", admin), 400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from usage_policy where product_id = ?", Integer.class, s.product()))
                .isZero();

        Response ok = api.put(path, Map.of("idleDays", 10, "minFreeSeats", 2), admin);
        assertThat(ok.status()).as("%s", ok).isEqualTo(200);
        assertThat(ok.json().get("idleDays").asInt()).isEqualTo(10);
        assertProblem(api.post("/api/products/abc/reclaim", "", admin), 400);
    }

    @Test
    void events_posted_with_person_and_product_refs_set_last_use_and_bad_refs_are_rejected() {
        long product = directory.product(directory.service().id(), io.portalops.inventory.LicenceModel.PER_SEAT, 3);
        var person = directory.person("Api Usage Uma");
        String customer = jdbc.queryForObject("select min(external_ref) from customer", String.class);
        Instant at = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        Map<String, Object> single = event(customer, at, person.email(), Long.toString(product));
        Response created = api.post("/api/events", single, null, Map.of("X-API-Key", DEMO_KEY));
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        Map<String, Object> tooLong = event(customer, at, "x".repeat(255), Long.toString(product));
        Map<String, Object> half = event(customer, at, null, Long.toString(product));
        Response batch =
                api.post("/api/events/batch", java.util.List.of(tooLong, half), null, Map.of("X-API-Key", DEMO_KEY));
        assertThat(batch.status()).as("%s", batch).isIn(200, 207, 422);
        assertThat(batch.json().get("rejected").asInt()).isEqualTo(2);
        assertThat(batch.body()).contains("personRef: at most 254 characters").contains("personRef, productRef:");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc
                        .queryForList(
                                "select last_used_at from product_use where person_id = ? and product_id = ?",
                                java.sql.Timestamp.class,
                                person.id(),
                                product)
                        .stream()
                        .anyMatch(t -> t.toInstant().equals(at)));
    }

    static Map<String, Object> event(String customer, Instant at, String personRef, String productRef) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "idp");
        body.put("eventId", UUID.randomUUID().toString());
        body.put("type", "login");
        body.put("occurredAt", at.toString());
        body.put("customerRef", customer);
        body.put("payload", Map.of("channel", "web"));
        body.put("personRef", personRef);
        body.put("productRef", productRef);
        return body;
    }
}
