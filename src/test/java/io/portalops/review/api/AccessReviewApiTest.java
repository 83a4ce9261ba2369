package io.portalops.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.review.ReviewFixtures;
import io.portalops.security.Role;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessReviewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ReviewFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;
    ReviewFixtures.World w;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.91"));
        w = fx.world();
        admin = api.accessToken("admin");
    }

    String token(String username) {
        return api.login(username, DirectoryFixtures.PASSWORD)
                .get("access_token")
                .asString();
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    Map<String, Object> campaign(String scope, List<Long> services, List<Long> products) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "API review " + DirectoryFixtures.unique());
        body.put("scope", scope);
        body.put("serviceIds", services);
        body.put("productIds", products);
        body.put("dueDate", LocalDate.now().plusDays(14).toString());
        body.put("fallbackReviewerId", directory.accountId(w.fallback()));
        return body;
    }

    @Test
    void an_admin_starts_a_campaign_and_a_product_admin_decides_only_their_items() {
        Response started = api.post(
                "/api/access-reviews",
                campaign("PRODUCTS", List.of(), List.of(w.productA(), w.productB(), w.productC())),
                admin);
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        long id = started.json().get("campaign").get("id").asLong();
        assertThat(started.json().get("campaign").get("items").asInt()).isEqualTo(5);

        String pa = token(w.productAdmin());
        assertThat(api.get("/api/access-reviews", pa).json().findValuesAsString("title"))
                .contains(started.json().get("campaign").get("title").asString());
        JsonNode items =
                api.get("/api/access-reviews/" + id + "/items", pa).json().get("items");
        assertThat(items.size()).isEqualTo(3);
        long first = items.get(0).get("id").asLong();

        assertProblem(
                api.post(
                        "/api/access-reviews/" + id + "/items/" + first + "/decision",
                        Map.of("decision", "revoke"),
                        pa),
                400);
        assertProblem(
                api.post(
                        "/api/access-reviews/" + id + "/items/" + first + "/decision", Map.of("decision", "maybe"), pa),
                400);
        assertProblem(api.post("/api/access-reviews/" + id + "/items/" + first + "/decision", Map.of(), pa), 400);
        assertProblem(
                api.postBytes(
                        "/api/access-reviews/" + id + "/items/" + first + "/decision",
                        "application/json",
                        "{\"decision\":".getBytes(StandardCharsets.UTF_8),
                        pa),
                400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_review_decision where review_id = ?", Integer.class, id))
                .isZero();

        Response revoked = api.post(
                "/api/access-reviews/" + id + "/items/" + first + "/decision",
                Map.of("decision", "REVOKE", "comment", "No longer in the team"),
                pa);
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().get("decision").asString()).isEqualTo("REVOKE");
        assertThat(revoked.json().get("taskStatus").asString()).isEqualTo("OPEN");
        assertProblem(
                api.post("/api/access-reviews/" + id + "/items/" + first + "/decision", Map.of("decision", "keep"), pa),
                409);

        long bItem = jdbc.queryForObject(
                "select id from access_review_item where review_id = ? and product_id = ?",
                Long.class,
                id,
                w.productB());
        assertProblem(
                api.post("/api/access-reviews/" + id + "/items/" + bItem + "/decision", Map.of("decision", "keep"), pa),
                404);

        JsonNode bulk = api.post(
                        "/api/access-reviews/" + id + "/decisions",
                        Map.of("itemIds", List.of(items.get(1).get("id").asLong(), bItem), "decision", "keep"),
                        pa)
                .json();
        assertThat(bulk.get(0).get("decided").asBoolean()).isTrue();
        assertThat(bulk.get(1).get("decided").asBoolean()).isFalse();

        JsonNode progress = api.get("/api/access-reviews/" + id, admin).json();
        assertThat(progress.get("campaign").get("decided").asInt()).isEqualTo(2);
        assertThat(progress.get("products").size()).isEqualTo(3);
        assertThat(progress.get("reviewers").size()).isEqualTo(3);
    }

    @Test
    void campaigns_and_items_outside_the_callers_scope_answer_404_and_bad_input_answers_400() {
        long id = api.post("/api/access-reviews", campaign("SERVICES", List.of(w.serviceS()), List.of()), admin)
                .json()
                .get("campaign")
                .get("id")
                .asLong();
        String elsewhere = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(elsewhere, w.serviceT());
        String other = token(elsewhere);

        assertProblem(api.get("/api/access-reviews/" + id, other), 404);
        assertProblem(api.get("/api/access-reviews/" + id + "/items", other), 404);
        assertProblem(
                api.post("/api/access-reviews", campaign("SERVICES", List.of(w.serviceS()), List.of()), other), 404);
        assertProblem(api.get("/api/access-reviews/999999999", admin), 404);
        assertProblem(api.get("/api/access-reviews/" + id + "/items?size=100000", admin), 400);
        assertProblem(api.get("/api/access-reviews/abc", admin), 400);
        assertProblem(api.get("/api/access-reviews", api.accessToken("analyst")), 403);
        assertProblem(
                api.post(
                        "/api/access-reviews",
                        campaign("PRODUCTS", List.of(), List.of(w.productA())),
                        token(w.productAdmin())),
                403);

        Map<String, Object> past = campaign("PRODUCTS", List.of(), List.of(w.productA()));
        past.put("dueDate", LocalDate.now().minusDays(1).toString());
        assertProblem(api.post("/api/access-reviews", past, admin), 400);
        Map<String, Object> mixed = campaign("EVERYTHING", List.of(w.serviceS()), List.of());
        assertProblem(api.post("/api/access-reviews", mixed, admin), 400);
        Map<String, Object> badScope = campaign("SOME", List.of(), List.of());
        assertProblem(api.post("/api/access-reviews", badScope, admin), 400);
        Map<String, Object> longTitle = campaign("PRODUCTS", List.of(), List.of(w.productA()));
        longTitle.put("title", "x".repeat(5000));
        assertProblem(api.post("/api/access-reviews", longTitle, admin), 400);
        Map<String, Object> badFallback = campaign("PRODUCTS", List.of(), List.of(w.productA()));
        badFallback.put("fallbackReviewerId", 999_999_999L);
        assertProblem(api.post("/api/access-reviews", badFallback, admin), 400);
        assertProblem(
                api.postBytes(
                        "/api/access-reviews", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), admin),
                400);
    }
}
