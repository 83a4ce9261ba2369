package io.portalops.gridview.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GridViewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryFixtures fixtures;

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.199"));
    }

    String token(String username) {
        return api.login(username, DirectoryFixtures.PASSWORD)
                .get("access_token")
                .asString();
    }

    static Map<String, Object> view(String name, String role, Map<String, Object> parameters) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("grid", "contracts");
        body.put("name", name);
        body.put("sharedWithRole", role);
        body.put("makeDefault", false);
        body.put(
                "state",
                Map.of(
                        "parameters",
                        parameters,
                        "sort",
                        List.of(Map.of("key", "END_DATE", "ascending", true)),
                        "columns",
                        List.of(Map.of("key", "owner", "hidden", true)),
                        "freezeFirstColumn",
                        true));
        return body;
    }

    @Test
    void views_are_saved_listed_and_deleted_and_another_users_private_view_answers_404() {
        String owner = token(fixtures.account(Role.ANALYST));
        String other = token(fixtures.account(Role.ANALYST));

        Response saved = api.post("/api/views", view("Ending soon", null, Map.of("status", List.of("ACTIVE"))), owner);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        assertThat(saved.header("Location")).endsWith("/api/views/" + id);
        assertThat(saved.json().get("slug").asString()).isEqualTo("ending-soon");

        JsonNode list = api.get("/api/views?grid=contracts", owner).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0)
                        .get("state")
                        .get("parameters")
                        .get("status")
                        .get(0)
                        .asString())
                .isEqualTo("ACTIVE");

        assertThat(api.get("/api/views?grid=contracts", other).json().size()).isZero();
        for (Response refused : List.of(api.get("/api/views/" + id, other), api.delete("/api/views/" + id, other))) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }

        Response shared = api.post("/api/views", view("Team view", "ANALYST", Map.of()), owner);
        assertThat(shared.status()).isEqualTo(201);
        long sharedId = shared.json().get("id").asLong();
        assertThat(api.get("/api/views/" + sharedId, other).status()).isEqualTo(200);
        assertThat(api.delete("/api/views/" + sharedId, other).status()).isEqualTo(403);
        assertThat(api.delete("/api/views/" + sharedId, owner).status()).isEqualTo(204);
        assertThat(api.delete("/api/views/" + id, owner).status()).isEqualTo(204);
        assertThat(api.get("/api/views/" + id, owner).status()).isEqualTo(404);
    }

    @Test
    void bad_views_answer_problem_details_and_store_nothing() {
        String token = token(fixtures.account(Role.ANALYST));
        List<Object> bad = List.of(
                view("x", null, Map.of("ownerId", List.of("1"))),
                view("x", null, Map.of("view", List.of("1"))),
                view("x".repeat(61), null, Map.of()),
                view("two\nlines", null, Map.of()),
                view("x", "ADMIN", Map.of()),
                Map.of("grid", "salaries", "name", "x", "state", Map.of()),
                Map.of("grid", "contracts", "name", "x"),
                "not an object");
        for (Object body : bad) {
            Response response = api.post("/api/views", body, token);
            assertThat(response.status()).as(body + " → " + response.body()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/views?grid=nope", token).status()).isEqualTo(400);
        assertThat(api.get("/api/views?grid=contracts", token).json().size()).isZero();
        assertThat(api.get("/api/views/abc", token).status()).isEqualTo(400);
    }

    @Test
    void an_export_follows_the_columns_asked_for_in_their_order_and_refuses_unknown_ones() {
        String token = token(fixtures.account(Role.ANALYST));
        Response csv = api.get("/api/export?grid=contracts&status=ACTIVE&columns=customer,number,end", token);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).endsWith("Customer,Number,End");

        for (String columns : List.of("nope", "number,number", "", "number,,title")) {
            Response refused = api.get("/api/export?grid=contracts&columns=" + columns, token);
            assertThat(refused.status()).as(columns).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }
}
