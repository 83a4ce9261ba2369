package io.portalops.shared.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
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

/**
 * The bad inputs of issue #18, over real HTTP: each once answered 5xx, an HTML page, a redirect or acted on the wrong
 * row. Each now answers a 4xx problem detail, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputApiTest {

    static final String PRODUCER_KEY = "demo-producer-key";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RawHttp http;
    String admin;

    @BeforeEach
    void clients() throws Exception {
        InetAddress address = InetAddress.getByName("127.0.0.81");
        http = new RawHttp(port, address);
        if (admin == null) {
            admin = new ApiTestClient(port, address).accessToken("admin");
        }
    }

    RawHttp.Answer get(String target) {
        return http.send("GET", target, Map.of("Authorization", "Bearer " + admin, "Accept", "application/json"), "");
    }

    RawHttp.Answer json(String method, String target, String body) {
        return http.send(
                method,
                target,
                Map.of(
                        "Authorization",
                        "Bearer " + admin,
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json"),
                body);
    }

    RawHttp.Answer event(String path, String body) {
        return http.send("POST", path, Map.of("X-API-Key", PRODUCER_KEY, "Content-Type", "application/json"), body);
    }

    static JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode body = ApiTestClient.JSON.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("java.", "Exception", "[L");
        return body;
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void invalid_utf8_in_a_query_string_is_a_400_naming_the_parameter_on_every_module() {
        for (String target : List.of(
                "/api/customers?page=%FF",
                "/api/payments?size=%FF",
                "/api/tasks?status=%FF",
                "/api/contracts?text=%C3%28",
                "/api/people?name=%ED%A0%80",
                "/api/events?source=%F8%88%80%80%80")) {
            JsonNode body = problem(get(target), 400);
            assertThat(body.get("errors")).as(target).isNotNull();
        }
        long grants = count("access_grant");
        problem(
                http.send(
                        "DELETE", "/api/access-grants/1?reason=%FF%FE", Map.of("Authorization", "Bearer " + admin), ""),
                400);
        assertThat(count("access_grant")).isEqualTo(grants);
    }

    @Test
    void a_nul_in_a_text_filter_is_a_400_naming_the_parameter() {
        for (String target : List.of(
                "/api/customers?name=%00",
                "/api/contracts?text=%00",
                "/api/events?source=%00",
                "/api/people?name=%00",
                "/api/export?grid=contracts&text=%00",
                "/api/customers?name=a%01b")) {
            JsonNode body = problem(get(target), 400);
            assertThat(body.get("errors").properties().iterator().next().getKey())
                    .as(target)
                    .isIn("name", "text", "source");
        }
    }

    @Test
    void a_repeated_query_parameter_is_a_400_naming_it_and_never_a_java_array() {
        JsonNode body = problem(get("/api/tasks?status=OPEN&status=DONE"), 400);
        assertThat(body.get("errors").has("status")).isTrue();
        assertThat(body.get("detail").asString()).contains("'status'");
    }

    @Test
    void a_page_or_size_that_is_not_a_whole_number_is_a_400_naming_it_on_every_list() {
        for (String list : List.of(
                "/api/customers",
                "/api/contracts",
                "/api/payments",
                "/api/people",
                "/api/access-grants",
                "/api/tasks")) {
            for (String parameter : List.of("page", "size")) {
                for (String value : List.of("abc", "1.5", "0x10", "99999999999")) {
                    String target = list + "?" + parameter + "=" + value;
                    JsonNode body = problem(get(target), 400);
                    assertThat(body.get("errors").has(parameter)).as(target).isTrue();
                    assertThat(body.get("detail").asString())
                            .as(target)
                            .isEqualTo("'" + parameter + "' "
                                    + body.get("errors").get(parameter).asString());
                }
            }
        }
        assertThat(get("/api/customers?page=&size=").status())
                .as("empty takes the defaults")
                .isEqualTo(200);
    }

    @Test
    void empty_sort_parts_and_unknown_sort_directions_are_a_400() {
        for (String list : List.of("/api/customers", "/api/contracts", "/api/payments", "/api/people")) {
            for (String sort : List.of(",", ",,,", "name,sideways", "name,asc,desc", " ")) {
                String target = list + "?sort=" + java.net.URLEncoder.encode(sort, StandardCharsets.UTF_8);
                assertThat(problem(get(target), 400).get("errors").has("sort"))
                        .as(target)
                        .isTrue();
            }
        }
        assertThat(get("/api/customers?sort=name,DESC").status()).isEqualTo(200);
    }

    @Test
    void a_nul_control_character_or_unpaired_surrogate_in_any_json_string_is_a_400_naming_the_field() {
        long customers = count("customer");
        long people = count("person");
        long services = count("saas_service");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("/api/customers", "{\"name\":\"Acme\\u0000\"}");
        cases.put("/api/people", "{\"name\":\"A\\u0007da\"}");
        cases.put("/api/services", "{\"name\":\"Mail\\ud800x\"}");
        cases.put("/api/contracts", "{\"title\":\"T\\u001b[31m\"}");
        cases.put("/api/access-grants", "{\"note\":\"\\u0000\"}");
        cases.forEach((path, body) -> {
            JsonNode problem = problem(json("POST", path, body), 400);
            assertThat(problem.get("errors")).as(path).isNotNull();
            assertThat(problem.get("errors")
                            .properties()
                            .iterator()
                            .next()
                            .getValue()
                            .asString())
                    .as(path)
                    .startsWith("contains");
        });
        assertThat(List.of(count("customer"), count("person"), count("saas_service")))
                .containsExactly(customers, people, services);
    }

    @Test
    void dates_outside_1900_to_2200_are_a_400_naming_the_field() {
        long contracts = count("contract");
        String contract =
                "{\"customerId\":1,\"title\":\"Far future\",\"type\":\"SERVICES\",\"valueAmount\":10,\"currency\":\"EUR\","
                        + "\"startDate\":\"%s\",\"endDate\":\"%s\",\"autoRenew\":false,\"noticePeriodDays\":30}";
        JsonNode far = problem(
                json("POST", "/api/contracts", contract.formatted("-999999999-01-01", "+999999999-12-31")), 400);
        assertThat(far.get("errors").has("startDate") || far.get("errors").has("endDate"))
                .as(far.toString())
                .isTrue();
        problem(json("POST", "/api/contracts", contract.formatted("1899-12-31", "2026-12-31")), 400);
        assertThat(count("contract")).isEqualTo(contracts);

        String payment =
                "{\"productId\":1,\"cycle\":\"MONTHLY\",\"amount\":10,\"currency\":\"EUR\",\"nextRenewal\":\"+999999999-12-31\","
                        + "\"autoRenew\":false,\"noticeAmount\":1,\"noticeUnit\":\"MONTHS\",\"method\":\"INVOICE\"}";
        assertThat(problem(json("POST", "/api/payments", payment), 400)
                        .get("errors")
                        .has("nextRenewal"))
                .isTrue();
        problem(get("/api/contracts?endFrom=+999999999-12-31".replace("+", "%2B")), 400);
        problem(get("/api/events?from=%2B999999999-12-31T00:00:00Z"), 400);
    }

    @Test
    void a_batch_with_a_null_item_and_a_nul_item_rejects_those_and_stores_the_valid_one() {
        String customerRef = jdbc.queryForObject("select max(external_ref) from customer", String.class);
        String valid = UUID.randomUUID().toString();
        String item =
                "{\"source\":\"crm\",\"eventId\":\"%s\",\"type\":\"complaint.opened\",\"occurredAt\":\"2026-11-21T08:00:00+01:00\","
                        + "\"customerRef\":\"" + customerRef
                        + "\",\"contractNumber\":%s,\"payload\":{\"severity\":\"high\",\"subject\":\"x\"}}";
        String batch = "[" + item.formatted(valid, "null") + ",null," + item.formatted("nul\\u0000" + valid, "null")
                + "," + item.formatted("sur\\ud800" + valid, "null") + ","
                + item.formatted(UUID.randomUUID(), "\"C\\u0000\"") + "]";
        RawHttp.Answer answer = event("/api/events/batch", batch);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = ApiTestClient.JSON.readTree(answer.body());
        assertThat(body.get("accepted").asInt()).isEqualTo(1);
        assertThat(body.get("rejected").asInt()).isEqualTo(4);
        assertThat(body.get("items").get(1).get("reasons").get(0).asString()).startsWith("item:");
        assertThat(body.get("items").get(2).get("reasons").get(0).asString()).startsWith("eventId:");
        assertThat(body.get("items").get(3).get("reasons").get(0).asString())
                .startsWith("eventId:")
                .contains("surrogate");
        assertThat(body.get("items").get(4).get("reasons").get(0).asString()).startsWith("contractNumber:");
        assertThat(jdbc.queryForObject("select count(*) from events where event_id = ?", Integer.class, valid))
                .isEqualTo(1);
    }

    @Test
    void an_unpaired_surrogate_in_an_event_id_is_rejected_and_never_taken_for_a_duplicate() {
        String customerRef = jdbc.queryForObject("select max(external_ref) from customer", String.class);
        String suffix = UUID.randomUUID().toString();
        String item =
                "{\"source\":\"crm\",\"eventId\":\"%s\",\"type\":\"complaint.opened\",\"occurredAt\":\"2026-11-21T08:00:00+01:00\","
                        + "\"customerRef\":\"" + customerRef
                        + "\",\"payload\":{\"severity\":\"high\",\"subject\":\"x\"}}";
        for (int i = 0; i < 2; i++) {
            RawHttp.Answer answer = event("/api/events", item.formatted("\\ud800" + suffix));
            assertThat(problem(answer, 422).get("detail").asString()).contains("surrogate");
        }
        assertThat(event("/api/events", item.formatted("?" + suffix)).status()).isEqualTo(201);
    }

    @Test
    void a_reveal_reason_over_its_column_is_a_400_and_nothing_is_logged() {
        long reveals = count("pii_reveal");
        String reason = "x".repeat(5000);
        JsonNode body = problem(
                json("POST", "/api/customers/1/reveal", "{\"field\":\"EMAIL\",\"reason\":\"" + reason + "\"}"), 400);
        assertThat(body.get("errors").has("reason")).isTrue();
        assertThat(count("pii_reveal")).isEqualTo(reveals);
    }

    @Test
    void an_amount_out_of_range_like_1e309_is_a_400() {
        long products = count("product");
        String product = "{\"serviceId\":1,\"name\":\"Huge " + UUID.randomUUID()
                + "\",\"licenceModel\":\"PER_SEAT\",\"seatsPurchased\":1,"
                + "\"cost\":{\"amount\":%s,\"currency\":\"EUR\"},\"billingCycle\":\"MONTHLY\"}";
        for (String amount : List.of("1e309", "1e20", "-1e309")) {
            problem(json("POST", "/api/products", product.formatted(amount)), 400);
        }
        assertThat(count("product")).isEqualTo(products);
    }

    @Test
    void fractional_and_quoted_ids_unknown_fields_and_scalar_coercion_are_refused() {
        long products = count("product");
        String product = "{\"serviceId\":%s,\"name\":\"Strict " + UUID.randomUUID()
                + "\",\"licenceModel\":\"PER_SEAT\",\"seatsPurchased\":%s,"
                + "\"cost\":{\"amount\":5,\"currency\":\"EUR\"},\"billingCycle\":\"MONTHLY\"%s}";
        assertThat(problem(json("POST", "/api/products", product.formatted("1.5", "1", "")), 400)
                        .get("errors")
                        .has("serviceId"))
                .isTrue();
        assertThat(problem(json("POST", "/api/products", product.formatted("\"1\"", "1", "")), 400)
                        .get("errors")
                        .has("serviceId"))
                .isTrue();
        assertThat(problem(json("POST", "/api/products", product.formatted("1", "true", "")), 400)
                        .get("errors")
                        .has("seatsPurchased"))
                .isTrue();
        assertThat(problem(json("POST", "/api/products", product.formatted("1", "1", ",\"owner\":\"x\"")), 400)
                        .get("errors")
                        .has("owner"))
                .isTrue();
        assertThat(count("product")).isEqualTo(products);
        JsonNode action = problem(
                json("POST", "/api/actions", "{\"contractId\":1.5,\"action\":\"note\",\"payload\":{\"text\":\"x\"}}"),
                400);
        assertThat(action.toString()).contains("contractId");
    }

    @Test
    void a_missing_primitive_field_is_named() {
        String contract =
                "{\"customerId\":1,\"title\":\"No renew\",\"type\":\"SERVICES\",\"valueAmount\":10,\"currency\":\"EUR\","
                        + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\",\"noticePeriodDays\":30}";
        JsonNode body = problem(json("POST", "/api/contracts", contract), 400);
        assertThat(body.get("errors").has("autoRenew")).as(body.toString()).isTrue();
    }

    @Test
    void setting_admins_without_the_list_is_a_400_and_keeps_them() {
        for (String path : List.of("/api/services/1/admins", "/api/products/1/admins")) {
            JsonNode before =
                    ApiTestClient.JSON.readTree(get(path.replace("/admins", "")).body());
            assertThat(problem(json("PUT", path, "{}"), 400).get("errors").has("accountIds"))
                    .as(path)
                    .isTrue();
            problem(json("PUT", path, "{\"accountIds\":null}"), 400);
            problem(json("PUT", path, "{\"accountIds\":[null]}"), 400);
            JsonNode after =
                    ApiTestClient.JSON.readTree(get(path.replace("/admins", "")).body());
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void a_method_a_path_does_not_take_is_a_405_problem_with_allow() {
        for (String method : List.of("PATCH", "DELETE", "POST")) {
            RawHttp.Answer answer = http.send(
                    method,
                    "/api/customers/1",
                    Map.of("Authorization", "Bearer " + admin, "Content-Type", "application/json"),
                    "{}");
            problem(answer, 405);
            assertThat(answer.header("Allow")).as(method).contains("GET");
        }
        RawHttp.Answer put = json("PUT", "/api/customers", "{}");
        problem(put, 405);
        assertThat(put.header("Allow")).contains("POST");
    }

    @Test
    void multipart_without_a_boundary_is_a_4xx_problem_also_where_no_login_is_needed() {
        for (String path : List.of("/api/customers", "/api/auth/token")) {
            RawHttp.Answer answer = http.send(
                    "POST",
                    path,
                    Map.of("Authorization", "Bearer " + admin, "Content-Type", "multipart/form-data"),
                    "--x\r\n\r\n");
            assertThat(answer.status()).as(answer.toString()).isIn(400, 415);
            problem(answer, answer.status());
        }
        RawHttp.Answer open =
                http.send("POST", "/api/auth/token", Map.of("Content-Type", "multipart/form-data"), "--x\r\n");
        assertThat(open.status()).as(open.toString()).isIn(400, 415);
        problem(open, open.status());
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_and_creates_no_session() {
        for (String path : List.of("/api/nothing-here", "/api/customers/1/nothing", "/api/")) {
            RawHttp.Answer answer = get(path);
            problem(answer, 404);
            assertThat(answer.header("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void requests_tomcat_refuses_itself_are_answered_as_problems_under_api() {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + admin);
        for (String target : List.of(
                "/api/customers?x[]=1",
                "/api/customers/%00",
                "/api/customers/%2e%2e%2fcontracts",
                "/api/customers?name=a b",
                "/api/customers/%2e%2e/contracts",
                "/api/customers/1;x=1",
                "/api//customers",
                "/api/customers/%25")) {
            RawHttp.Answer answer = http.send("GET", target, auth, "");
            assertThat(answer.status()).as(target + " " + answer).isBetween(400, 499);
            problem(answer, answer.status());
        }
        RawHttp.Answer longKey = http.send(
                "POST",
                "/api/actions",
                Map.of(
                        "Authorization",
                        "Bearer " + admin,
                        "Idempotency-Key",
                        "k".repeat(10_000),
                        "Content-Type",
                        "application/json"),
                "{}");
        assertThat(longKey.status()).as(longKey.toString()).isBetween(400, 499);
        problem(longKey, longKey.status());
        RawHttp.Answer hugeToken =
                http.send("GET", "/api/customers", Map.of("Authorization", "Bearer " + "a".repeat(100_000)), "");
        assertThat(hugeToken.status()).as(hugeToken.toString()).isBetween(400, 499);
        problem(hugeToken, hugeToken.status());
    }

    @Test
    void a_non_ascii_authorization_header_is_a_401_problem() {
        for (String value : List.of("Bearer \u00e9t\u00e9", "B\u00e9arer x", "Basic \u00ff")) {
            RawHttp.Answer answer = http.send("GET", "/api/customers", Map.of("Authorization", value), "");
            problem(answer, 401);
        }
    }

    @Test
    void a_hex_octal_or_signed_plus_id_in_a_path_or_query_is_a_400_and_acts_on_nothing() {
        long admins = count("service_admin");
        for (String id : List.of("0x10", "%2310", "010", "%2B16")) {
            problem(json("PUT", "/api/services/" + id + "/admins", "{\"accountIds\":[]}"), 400);
            problem(
                    http.send("DELETE", "/api/access-grants/" + id, Map.of("Authorization", "Bearer " + admin), ""),
                    400);
        }
        problem(get("/api/customers?ownerId=0x2"), 400);
        assertThat(count("service_admin")).isEqualTo(admins);
    }

    @Test
    void a_wildcard_or_listed_content_type_is_a_415_problem() {
        for (String type : List.of("*/*", "application/*", "application/json, text/plain")) {
            RawHttp.Answer answer = http.send(
                    "POST", "/api/customers", Map.of("Authorization", "Bearer " + admin, "Content-Type", type), "{}");
            problem(answer, 415);
        }
    }

    @Test
    void an_api_key_on_an_operation_that_needs_an_account_is_a_403_problem() {
        RawHttp.Answer answer = http.send(
                "POST",
                "/api/actions",
                Map.of(
                        "X-API-Key",
                        PRODUCER_KEY,
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        UUID.randomUUID().toString()),
                "{\"action\":\"note\",\"contractId\":1,\"payload\":{\"text\":\"hi\"}}");
        problem(answer, 403);
    }

    @Test
    void a_password_over_the_policy_limit_is_a_400_before_any_hashing() {
        RawHttp.Answer answer = http.send(
                "POST",
                "/api/auth/token",
                Map.of("Content-Type", "application/json"),
                "{\"username\":\"admin\",\"password\":\"" + "p".repeat(5000) + "\"}");
        assertThat(problem(answer, 400).get("errors").has("password")).isTrue();
    }
}
