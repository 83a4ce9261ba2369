package io.portalops.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.inventory.LicenceModel;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessGrantApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.22"));
    }

    static Map<String, Object> grant(long personId, long productId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("productId", productId);
        body.put("role", "Editor");
        body.put("status", status);
        return body;
    }

    int seats(long productId) {
        return jdbc.queryForObject("select seats_assigned from product where id = ?", Integer.class, productId);
    }

    @Test
    void a_product_admin_requests_activates_and_revokes_and_the_last_seat_is_defended() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 1);
        String productAdmin = fixtures.account(io.portalops.security.Role.PRODUCT_ADMIN);
        fixtures.productAdmin(productAdmin, product);
        String token = api.login(productAdmin, DirectoryFixtures.PASSWORD)
                .get("access_token")
                .asString();
        long first = fixtures.person("Api First").id();
        long second = fixtures.person("Api Second").id();

        Response requested = api.post("/api/access-grants", grant(first, product, "REQUESTED"), token);
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        long id = requested.json().get("id").asLong();
        assertThat(seats(product)).isZero();
        Response active = api.post("/api/access-grants/" + id + "/activate", "", token);
        assertThat(active.status()).as("%s", active).isEqualTo(200);
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(seats(product)).isEqualTo(1);

        Response full = api.post("/api/access-grants", grant(second, product, "ACTIVE"), token);
        PersonApiTest.assertProblem(full, 409);
        assertThat(full.json().get("detail").asString()).contains("No free seat");

        Response revoked = api.delete("/api/access-grants/" + id + "?reason=Left%20the%20project", token);
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().get("note").asString()).isEqualTo("Left the project");
        assertThat(seats(product)).isZero();
        PersonApiTest.assertProblem(api.delete("/api/access-grants/" + id, token), 409);
        JsonNode history =
                api.get("/api/access-grants/" + id + "/history", token).json();
        assertThat(history.valueStream().map(c -> c.get("kind").asString()))
                .containsExactly("Changed", "Changed", "Created");
        assertThat(api.post("/api/access-grants", grant(second, product, "ACTIVE"), token)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void grants_of_other_products_are_not_found_and_lists_leave_them_out() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.FLAT, 0);
        long person = fixtures.person("Api Hidden").id();
        String admin = api.accessToken("admin");
        long id = api.post("/api/access-grants", grant(person, product, "ACTIVE"), admin)
                .json()
                .get("id")
                .asLong();
        String outsider = api.accessToken("productadmin");

        PersonApiTest.assertProblem(api.get("/api/access-grants/" + id, outsider), 404);
        PersonApiTest.assertProblem(api.delete("/api/access-grants/" + id, outsider), 404);
        PersonApiTest.assertProblem(api.get("/api/access-grants?productId=" + product, outsider), 404);
        PersonApiTest.assertProblem(api.get("/api/people?productId=" + product, outsider), 404);
        PersonApiTest.assertProblem(api.post("/api/access-grants", grant(person, product, "ACTIVE"), outsider), 404);
        assertThat(api.get("/api/people/" + person + "/access-grants", outsider)
                        .json()
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/api/access-grants?personId=" + person, outsider)
                        .json()
                        .get("items")
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/api/people/" + person + "/access-grants", admin)
                        .json()
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(id);
    }

    @Test
    void a_grant_without_person_or_product_answers_400_and_a_revoked_status_is_refused() {
        String admin = api.accessToken("admin");
        Response empty = api.post("/api/access-grants", Map.of("role", "Editor"), admin);
        PersonApiTest.assertProblem(empty, 400);
        assertThat(empty.json().get("errors").has("personId")).isTrue();
        long product = fixtures.product(fixtures.service().id(), LicenceModel.FLAT, 0);
        PersonApiTest.assertProblem(
                api.post(
                        "/api/access-grants",
                        grant(fixtures.person("Api Revoked").id(), product, "REVOKED"),
                        admin),
                400);
        PersonApiTest.assertProblem(api.post("/api/access-grants", "{not json", admin), 400);
    }
}
