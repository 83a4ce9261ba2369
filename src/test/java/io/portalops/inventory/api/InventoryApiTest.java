package io.portalops.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryApiTest {

    @LocalServerPort
    int port;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    static Map<String, Object> service(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("vendor", "Vendor");
        body.put("category", "Productivity");
        body.put("website", "https://example.com");
        body.put("status", "ACTIVE");
        return body;
    }

    @Test
    void an_admin_creates_a_service_and_a_product_and_updates_them_with_the_version_read() {
        String admin = api.accessToken("admin");
        ApiTestClient.Response created = api.post("/api/services", service("Api"), admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long serviceId = created.json().get("id").asLong();

        Map<String, Object> product = new LinkedHashMap<>(Map.of(
                "serviceId",
                serviceId,
                "name",
                "Seats",
                "licenceModel",
                "PER_SEAT",
                "seatsPurchased",
                25,
                "cost",
                Map.of("amount", new java.math.BigDecimal("8.50"), "currency", "EUR"),
                "billingCycle",
                "MONTHLY"));
        ApiTestClient.Response added = api.post("/api/products", product, admin);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode details = added.json();
        assertThat(details.at("/product/monthlyCost/amount").decimalValue()).isEqualByComparingTo("212.50");

        long productId = details.at("/product/id").asLong();
        Map<String, Object> update = new LinkedHashMap<>(Map.of(
                "name",
                "Seats",
                "licenceModel",
                "PER_SEAT",
                "seatsPurchased",
                30,
                "cost",
                Map.of("amount", new java.math.BigDecimal("8.50"), "currency", "EUR"),
                "billingCycle",
                "MONTHLY",
                "version",
                details.get("version").asLong()));
        ApiTestClient.Response updated = api.put("/api/products/" + productId, update, admin);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        ApiTestClient.Response stale = api.put("/api/products/" + productId, update, admin);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        ApiTestClient.Response history = api.get("/api/products/" + productId + "/history", admin);
        assertThat(history.json().get(0).get("fields").toString()).contains("Seats purchased");
    }

    @Test
    void bad_input_answers_problem_details_and_changes_nothing() {
        String admin = api.accessToken("admin");
        Map<String, Object> body = service("Bad");
        body.put("website", "not a url");
        body.put("vendor", "");
        ApiTestClient.Response refused = api.post("/api/services", body, admin);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("website").contains("vendor");
        assertThat(api.get("/api/services?text=" + body.get("name").toString().replace(" ", "%20"), admin)
                        .json())
                .isEmpty();

        ApiTestClient.Response noService = api.post(
                "/api/products",
                Map.of(
                        "name",
                        "X",
                        "licenceModel",
                        "FLAT",
                        "seatsPurchased",
                        0,
                        "cost",
                        Map.of("amount", 1, "currency", "EUR"),
                        "billingCycle",
                        "MONTHLY"),
                admin);
        assertThat(noService.status()).isEqualTo(400);
        assertThat(noService.body()).contains("serviceId");
    }

    @Test
    void a_service_admin_gets_404_for_services_outside_their_scope_and_other_roles_403() {
        String admin = api.accessToken("admin");
        long foreign = api.post("/api/services", service("Foreign"), admin)
                .json()
                .get("id")
                .asLong();
        String serviceAdmin = api.accessToken("serviceadmin");
        assertThat(api.get("/api/services/" + foreign, serviceAdmin).status()).isEqualTo(404);
        List<String> names = api.get("/api/services", serviceAdmin)
                .json()
                .valueStream()
                .map(s -> s.get("name").asString())
                .toList();
        assertThat(names).containsExactly("GitHub", "Google Workspace", "Slack");
        assertThat(api.get("/api/services", api.accessToken("analyst")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/services", service("Nope"), serviceAdmin).status())
                .isEqualTo(403);
    }
}
