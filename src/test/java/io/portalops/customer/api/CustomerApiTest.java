package io.portalops.customer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    /** A valid customer body with a unique external reference; callers change what they test. */
    static Map<String, Object> customer(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalRef", "API-" + UUID.randomUUID().toString().substring(0, 13));
        body.put("name", name);
        body.put("kind", "COMPANY");
        body.put("nationalId", "556677-8899");
        body.put("email", "billing@" + UUID.randomUUID().toString().substring(0, 8) + ".example");
        body.put("phone", "+46 70 123 45 67");
        body.put("address", "Main street 1, Stockholm");
        body.put("country", "SE");
        body.put("segment", "SMB");
        body.put("status", "ACTIVE");
        return body;
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    long customerCount() {
        return jdbc.queryForObject("select count(*) from customer", Long.class);
    }

    JsonNode create(String token, Map<String, Object> body) {
        Response response = api.post("/api/customers", body, token);
        assertThat(response.status()).as("create: %s", response).isEqualTo(201);
        return response.json();
    }

    static List<Long> ids(Response page) {
        return page.json()
                .get("items")
                .valueStream()
                .map(item -> item.get("id").asLong())
                .toList();
    }

    @Test
    void without_a_token_the_api_answers_401_problem_json() {
        for (Response response : List.of(
                api.get("/api/customers", null),
                api.get("/api/customers/1", null),
                api.post("/api/customers", customer("No Token AB"), null))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.json().get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void a_service_admin_is_forbidden_from_customers_with_403_problem_json() {
        String token = api.accessToken("serviceadmin");
        long before = customerCount();
        Long anyCustomer = jdbc.queryForObject("select min(id) from customer", Long.class);

        for (Response response : List.of(
                api.get("/api/customers", token),
                api.get("/api/customers/" + anyCustomer, token),
                api.post("/api/customers", customer("Service Admin AB"), token))) {
            assertThat(response.status()).as("%s", response).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("externalRef");
        }
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void a_manager_reading_a_customer_of_another_manager_gets_the_same_404_as_for_a_missing_id() {
        String token = api.accessToken("manager");
        long foreign = jdbc.queryForObject(
                "select min(id) from customer where owner_id = ?", Long.class, accountId("manager2"));
        long missing = jdbc.queryForObject("select max(id) + 1000000 from customer", Long.class);
        long own = jdbc.queryForObject(
                "select min(id) from customer where owner_id = ?", Long.class, accountId("manager"));
        assertThat(api.get("/api/customers/" + own, token).status()).isEqualTo(200);

        Response outOfScope = api.get("/api/customers/" + foreign, token);
        Response notThere = api.get("/api/customers/" + missing, token);

        assertThat(outOfScope.status()).isEqualTo(404);
        assertThat(notThere.status()).isEqualTo(404);
        assertThat(outOfScope.contentType()).isEqualTo(notThere.contentType()).startsWith("application/problem+json");
        ObjectNode outOfScopeBody = (ObjectNode) outOfScope.json();
        ObjectNode notThereBody = (ObjectNode) notThere.json();
        // "instance" names the requested path, which differs by construction; everything else must be identical
        JsonNode instance = outOfScopeBody.remove("instance");
        assertThat(instance == null ? null : instance.asString()).isEqualTo("/api/customers/" + foreign);
        notThereBody.remove("instance");
        assertThat(outOfScopeBody).isEqualTo(notThereBody);
        assertThat(outOfScope.body())
                .doesNotContain(jdbc.queryForObject("select name from customer where id = ?", String.class, foreign));
    }

    @Test
    void a_manager_lists_exactly_the_own_customers_with_emails_masked() {
        long managerId = accountId("manager");

        Response page = api.get("/api/customers?size=500", api.accessToken("manager"));

        assertThat(page.status()).isEqualTo(200);
        JsonNode json = page.json();
        assertThat(json.get("hasNext").asBoolean()).isFalse();
        List<JsonNode> items = json.get("items").valueStream().toList();
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("ownerId").asLong()).isEqualTo(managerId));
        assertThat(new HashSet<>(ids(page)))
                .isEqualTo(new HashSet<>(
                        jdbc.queryForList("select id from customer where owner_id = ?", Long.class, managerId)));
        List<String> emails = items.stream()
                .map(item -> item.get("emailMasked"))
                .filter(e -> !e.isNull())
                .map(JsonNode::asString)
                .toList();
        assertThat(emails)
                .isNotEmpty()
                .allSatisfy(email -> assertThat(email).contains("•••").matches(".•••@.+"));
    }

    @Test
    void the_status_name_and_exact_email_filters_narrow_the_list() {
        String token = api.accessToken("manager");
        long managerId = accountId("manager");
        String marker = "Quokka" + UUID.randomUUID().toString().substring(0, 8);
        String email = "Filter." + marker + "@Example.org";
        Map<String, Object> body = customer(marker + " Holding AB");
        body.put("email", email);
        body.put("status", "SUSPENDED");
        long created = create(token, body).get("id").asLong();
        Map<String, Object> sibling = customer(marker + " Trading AB");
        sibling.put("status", "PROSPECT");
        long siblingId = create(token, sibling).get("id").asLong();

        Response suspended = api.get("/api/customers?size=500&status=SUSPENDED", token);
        assertThat(suspended.json().get("items").valueStream())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("status").asString()).isEqualTo("SUSPENDED"));
        assertThat(new HashSet<>(ids(suspended)))
                .isEqualTo(new HashSet<>(jdbc.queryForList(
                        "select id from customer where owner_id = ? and status = 'SUSPENDED'", Long.class, managerId)));

        Response byName = api.get("/api/customers?name=" + marker.toLowerCase(), token);
        assertThat(ids(byName)).containsExactlyInAnyOrder(created, siblingId);

        Response byNameAndStatus = api.get("/api/customers?name=" + marker + "&status=PROSPECT", token);
        assertThat(ids(byNameAndStatus)).containsExactly(siblingId);

        Response byEmail = api.get("/api/customers?email=" + email.toLowerCase(), token);
        assertThat(ids(byEmail)).containsExactly(created);
        assertThat(byEmail.json().get("items").get(0).get("emailMasked").asString())
                .isEqualTo("F•••@Example.org");

        Response byPartialEmail = api.get("/api/customers?email=Filter." + marker, token);
        assertThat(ids(byPartialEmail)).isEmpty();
    }

    @Test
    void a_manager_creates_a_customer_with_201_and_owns_it() {
        String token = api.accessToken("manager");
        Map<String, Object> body = customer("Created Over Http AB");
        body.put("email", "jane.doe@created.example");

        Response response = api.post("/api/customers", body, token);

        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        long id = created.get("id").asLong();
        assertThat(created.get("ownerId").asLong()).isEqualTo(accountId("manager"));
        assertThat(created.get("externalRef").asString()).isEqualTo(body.get("externalRef"));
        assertThat(created.get("emailMasked").asString()).isEqualTo("j•••@created.example");
        assertThat(created.get("nationalIdMasked").asString()).isEqualTo("•••••8899");
        assertThat(created.get("editable").asBoolean()).isTrue();
        assertThat(response.body()).doesNotContain("jane.doe", "556677");
        assertThat(jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, id))
                .isEqualTo(accountId("manager"));
        assertThat(api.get("/api/customers/" + id, token).json().get("name").asString())
                .isEqualTo("Created Over Http AB");
        assertThat(api.get("/api/customers/" + id, api.accessToken("manager2")).status())
                .isEqualTo(404);
    }

    @Test
    void invalid_input_answers_400_with_errors_for_each_bad_field_and_saves_nothing() {
        String token = api.accessToken("manager");
        long before = customerCount();
        Map<String, Object> body = customer("Ignored");
        body.put("externalRef", "BAD REF");
        body.put("name", " ");
        body.put("email", "not-an-email");
        body.put("phone", "call me");
        body.put("country", "XX");

        Response response = api.post("/api/customers", body, token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as("errors in %s", response).isNotNull();
        assertThat(errors.propertyNames())
                .containsExactlyInAnyOrder("externalRef", "name", "email", "phone", "country");
        assertThat(customerCount()).isEqualTo(before);

        Map<String, Object> duplicate = customer("Duplicate Ref AB");
        duplicate.put(
                "externalRef",
                create(token, customer("Original Ref AB")).get("externalRef").asString());
        Response duplicateResponse = api.post("/api/customers", duplicate, token);
        assertThat(duplicateResponse.status()).isEqualTo(400);
        assertThat(duplicateResponse.json().get("errors").propertyNames()).containsExactly("externalRef");
        assertThat(customerCount()).isEqualTo(before + 1);
    }

    @Test
    void an_admin_must_name_the_owner_when_creating_a_customer() {
        String token = api.accessToken("admin");
        long before = customerCount();

        Response withoutOwner = api.post("/api/customers", customer("Ownerless AB"), token);

        assertThat(withoutOwner.status()).isEqualTo(400);
        assertThat(withoutOwner.contentType()).startsWith("application/problem+json");
        assertThat(withoutOwner.json().get("errors").propertyNames()).containsExactly("ownerId");
        assertThat(customerCount()).isEqualTo(before);

        Map<String, Object> withOwner = customer("Owned By Manager2 AB");
        withOwner.put("ownerId", accountId("manager2"));
        assertThat(create(token, withOwner).get("ownerId").asLong()).isEqualTo(accountId("manager2"));
    }

    @Test
    void a_put_with_a_stale_version_answers_409_and_changes_nothing() {
        String token = api.accessToken("manager");
        Map<String, Object> body = customer("Versioned AB");
        JsonNode created = create(token, body);
        long id = created.get("id").asLong();
        long readVersion = created.get("version").asLong();

        body.put("name", "Versioned Renamed AB");
        body.put("version", readVersion);
        Response first = api.put("/api/customers/" + id, body, token);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        long savedVersion = first.json().get("version").asLong();
        assertThat(savedVersion).isGreaterThan(readVersion);

        body.put("name", "Versioned Overwritten AB");
        body.put("status", "CLOSED");
        Response stale = api.put("/api/customers/" + id, body, token);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        JsonNode current = api.get("/api/customers/" + id, token).json();
        assertThat(current.get("name").asString()).isEqualTo("Versioned Renamed AB");
        assertThat(current.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(current.get("version").asLong()).isEqualTo(savedVersion);
    }

    @Test
    void bad_paging_or_sorting_parameters_answer_400_problem_json() {
        String token = api.accessToken("manager");
        Map<String, String> cases = Map.of(
                "/api/customers?size=0", "size",
                "/api/customers?size=501", "size",
                "/api/customers?page=-1", "size",
                "/api/customers?sort=bogus", "sort",
                "/api/customers?sort=passwordHash,desc", "sort");
        cases.forEach((path, field) -> {
            Response response = api.get(path, token);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("errors").propertyNames()).as(path).containsExactly(field);
        });
        Response badStatus = api.get("/api/customers?status=BOGUS", token);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/customers?size=500&sort=updatedAt,desc", token).status())
                .isEqualTo(200);
    }

    @Test
    void an_admin_reveals_a_masked_field_only_with_a_reason_and_the_reveal_is_recorded() {
        String admin = api.accessToken("admin");
        Map<String, Object> body = customer("Reveal Me AB");
        body.put("ownerId", accountId("manager"));
        long id = create(admin, body).get("id").asLong();
        int before = jdbc.queryForObject(
                "select count(*) from pii_reveal where target_id = ?", Integer.class, Long.toString(id));

        Response tooShort =
                api.post("/api/customers/" + id + "/reveal", Map.of("field", "EMAIL", "reason", "because"), admin);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").has("reason")).isTrue();

        Response byManager = api.post(
                "/api/customers/" + id + "/reveal",
                Map.of("field", "EMAIL", "reason", "ticket SUP-1234 asks for it"),
                api.accessToken("manager"));
        assertThat(byManager.status()).isEqualTo(403);

        Response revealed = api.post(
                "/api/customers/" + id + "/reveal",
                Map.of("field", "EMAIL", "reason", "ticket SUP-1234 asks for it"),
                admin);
        assertThat(revealed.status()).as("%s", revealed).isEqualTo(200);
        assertThat(revealed.json().get("value").asString()).isEqualTo(body.get("email"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from pii_reveal where target_id = ?", Integer.class, Long.toString(id)))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select reason from pii_reveal where target_id = ? order by id desc limit 1",
                        String.class,
                        Long.toString(id)))
                .isEqualTo("ticket SUP-1234 asks for it");
    }
}
