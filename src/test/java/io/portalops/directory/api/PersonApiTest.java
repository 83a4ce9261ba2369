package io.portalops.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonApiTest {

    @LocalServerPort
    int port;

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.21"));
    }

    static Map<String, Object> person(String name) {
        String key = DirectoryFixtures.unique();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employeeNumber", "API-" + key);
        body.put("name", name);
        body.put("email", "api." + key + "@example.com");
        body.put("department", "Engineering");
        body.put("title", "Developer");
        body.put("location", "Berlin");
        body.put("status", "PENDING_START");
        body.put("startDate", "2030-01-15");
        return body;
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void an_admin_creates_reads_and_updates_a_person_and_a_stale_version_answers_409() {
        String admin = api.accessToken("admin");
        Response created = api.post("/api/people", person("Api Person"), admin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode person = created.json();
        long id = person.get("id").asLong();
        assertThat(person.get("accountUsername").isNull()).isTrue();

        Map<String, Object> update = person("Api Person Renamed");
        update.put("employeeNumber", person.get("employeeNumber").asString());
        update.put("email", person.get("email").asString());
        update.put("status", "ACTIVE");
        update.put("version", person.get("version").asLong());
        Response updated = api.put("/api/people/" + id, update, admin);
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("Api Person Renamed");

        assertProblem(api.put("/api/people/" + id, update, admin), 409);
        Response history = api.get("/api/people/" + id + "/history", admin);
        assertThat(history.json().get(0).get("actor").asString()).isEqualTo("Ada Admin");
        Response found = api.get("/api/people?name=Api%20Person%20Renamed&status=ACTIVE&sort=startDate,desc", admin);
        assertThat(found.json().get("items").valueStream().map(p -> p.get("id").asLong()))
                .contains(id);
    }

    @Test
    void invalid_input_answers_400_with_field_errors_and_writes_nothing() {
        String admin = api.accessToken("admin");
        Map<String, Object> body = person("Bad Api");
        body.put("email", "not-an-email");
        Response bad = api.post("/api/people", body, admin);
        assertProblem(bad, 400);
        assertThat(bad.json().get("errors").has("email")).isTrue();

        Map<String, Object> noStart = person("No Start");
        noStart.remove("startDate");
        Response missing = api.post("/api/people", noStart, admin);
        assertProblem(missing, 400);
        assertThat(missing.json().get("errors").has("startDate")).isTrue();

        assertProblem(api.get("/api/people?sort=salary", admin), 400);
        assertProblem(api.get("/api/people?size=501", admin), 400);
        Response none = api.get("/api/people?name=" + body.get("employeeNumber"), admin);
        assertThat(none.json().get("items").isEmpty()).isTrue();
    }

    @Test
    void without_a_token_401_a_missing_person_404_and_people_are_never_deleted() {
        String admin = api.accessToken("admin");
        assertProblem(api.get("/api/people", null), 401);
        assertProblem(api.get("/api/people/999999999", admin), 404);
        long someone = api.post("/api/people", person("Never Deleted"), admin)
                .json()
                .get("id")
                .asLong();
        assertThat(api.delete("/api/people/" + someone, admin).status()).isBetween(400, 499);
        assertThat(api.get("/api/people/" + someone, admin).status()).isEqualTo(200);
    }

    @Test
    void a_person_without_an_account_gets_no_token_whatever_identifier_they_try() {
        String admin = api.accessToken("admin");
        JsonNode person =
                api.post("/api/people", person("Tokenless Tina"), admin).json();

        for (String username : List.of(
                person.get("email").asString(), person.get("employeeNumber").asString(), "Tokenless Tina")) {
            assertProblem(api.post("/api/auth/token", Map.of("username", username, "password", username), null), 401);
        }
    }
}
