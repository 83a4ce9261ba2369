package io.portalops.shared.web.api;

import static io.portalops.shared.web.api.BadInputApiTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import java.net.InetAddress;
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
 * Issue #18's text rules over real HTTP: one-line fields (names, ids, titles) refuse tab and line breaks, multi-line
 * fields (notes, reasons, descriptions) keep them; free text a service checks itself is bounded by its column; a
 * decimal amount is a JSON number, never a string. Each refusal changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TextRulesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RawHttp http;
    String manager;
    String approver;

    @BeforeEach
    void clients() throws Exception {
        InetAddress address = InetAddress.getByName("127.0.0.82");
        http = new RawHttp(port, address);
        if (manager == null) {
            manager = new ApiTestClient(port, address).accessToken("manager");
            approver = new ApiTestClient(port, address).accessToken("approver");
        }
    }

    RawHttp.Answer json(String token, String method, String target, Object body) {
        return http.send(
                method,
                target,
                Map.of(
                        "Authorization",
                        "Bearer " + token,
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json"),
                body instanceof String text ? text : ApiTestClient.JSON.writeValueAsString(body));
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Map<String, Object> customer(String token, String name, String address) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalRef", "TXT-" + token);
        body.put("name", name);
        body.put("kind", "COMPANY");
        body.put("address", address);
        body.put("country", "NO");
        body.put("segment", "SMB");
        body.put("status", "PROSPECT");
        return body;
    }

    long customers(String token) {
        return jdbc.queryForObject("select count(*) from customer where external_ref = ?", Long.class, "TXT-" + token);
    }

    long draft() {
        long customerId = jdbc.queryForObject(
                "select min(id) from customer where owner_id = (select id from account where username = 'manager')",
                Long.class);
        RawHttp.Answer created = json(
                manager,
                "POST",
                "/api/contracts",
                "{\"customerId\":" + customerId + ",\"title\":\"Text rules "
                        + token()
                        + "\",\"type\":\"SERVICES\",\"valueAmount\":1200.50,\"currency\":\"EUR\",\"startDate\":\"2030-01-01\","
                        + "\"endDate\":\"2030-12-31\",\"autoRenew\":false,\"noticePeriodDays\":30}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ApiTestClient.JSON.readTree(created.body()).get("id").asLong();
    }

    @Test
    void a_tab_or_line_break_in_a_one_line_field_is_a_400_naming_it_and_nothing_is_stored() {
        for (String bad : List.of("Acme\tLtd", "Acme\nLtd", "Acme\r\nBcc: someone")) {
            String token = token();
            JsonNode body =
                    problem(json(manager, "POST", "/api/customers", customer(token, bad, "Main street 1")), 400);
            assertThat(body.get("errors").get("name").asString()).as(bad).contains("one line");
            assertThat(customers(token)).isZero();
        }
        long contractId = draft();
        String title = jdbc.queryForObject("select title from contract where id = ?", String.class, contractId);
        JsonNode refused = problem(
                json(
                        manager,
                        "PUT",
                        "/api/contracts/" + contractId,
                        "{\"customerId\":"
                                + jdbc.queryForObject(
                                        "select customer_id from contract where id = ?", Long.class, contractId)
                                + ",\"title\":\"Two\\nlines\",\"type\":\"SERVICES\",\"valueAmount\":1200.50,\"currency\":\"EUR\","
                                + "\"startDate\":\"2030-01-01\",\"endDate\":\"2030-12-31\",\"autoRenew\":false,\"noticePeriodDays\":30,\"version\":0}"),
                400);
        assertThat(refused.get("errors").has("title")).isTrue();
        assertThat(jdbc.queryForObject("select title from contract where id = ?", String.class, contractId))
                .isEqualTo(title);
    }

    @Test
    void tab_and_line_breaks_are_kept_in_multi_line_text() {
        String token = token();
        String address = "Main street 1\n\t0150 Oslo";
        RawHttp.Answer created =
                json(manager, "POST", "/api/customers", customer(token, "Multi line " + token, address));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select address from customer where external_ref = ?", String.class, "TXT-" + token))
                .isEqualTo(address);

        long contractId = draft();
        String note = "First line\n\tindented second line\r\nthird";
        RawHttp.Answer noted = json(
                manager,
                "POST",
                "/api/actions",
                Map.of("action", "note", "contractId", contractId, "payload", Map.of("text", note)));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select body from contract_comment where contract_id = ?", String.class, contractId))
                .isEqualTo(note);

        String reason = "Looks wrong:\n\t- the value\n\t- the dates";
        RawHttp.Answer flagged = json(
                manager,
                "POST",
                "/api/actions",
                Map.of(
                        "action",
                        "flag",
                        "contractId",
                        contractId,
                        "payload",
                        Map.of("severity", "LOW", "reason", reason)));
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select reason from contract_flag where contract_id = ?", String.class, contractId))
                .isEqualTo(reason);
    }

    @Test
    void free_text_over_its_column_is_refused_naming_the_field_and_nothing_is_stored() {
        long contractId = draft();
        for (var payload : List.of(
                Map.of("action", "note", "field", "text", "length", 4001),
                Map.of("action", "flag", "field", "reason", "length", 1001),
                Map.of("action", "approve", "field", "comment", "length", 2001))) {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put((String) payload.get("field"), "x".repeat((Integer) payload.get("length")));
            if (payload.get("action").equals("flag")) {
                text.put("severity", "LOW");
            }
            String token = payload.get("action").equals("approve") ? approver : manager;
            JsonNode body = problem(
                    json(
                            token,
                            "POST",
                            "/api/actions",
                            Map.of("action", payload.get("action"), "contractId", contractId, "payload", text)),
                    422);
            assertThat(body.get("errors").get((String) payload.get("field")).asString())
                    .as(payload.toString())
                    .contains("characters");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where contract_id = ?", Long.class, contractId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_flag where contract_id = ?", Long.class, contractId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_approval where contract_id = ?", Long.class, contractId))
                .isZero();
    }

    @Test
    void a_decimal_amount_sent_as_a_json_string_is_a_400_naming_it() {
        long customerId = jdbc.queryForObject(
                "select min(id) from customer where owner_id = (select id from account where username = 'manager')",
                Long.class);
        long before = jdbc.queryForObject("select count(*) from contract", Long.class);
        for (String amount : List.of("\"12.5\"", "\"12000.00\"", "\"\"")) {
            JsonNode body = problem(
                    json(
                            manager,
                            "POST",
                            "/api/contracts",
                            "{\"customerId\":" + customerId + ",\"title\":\"Quoted "
                                    + token() + "\",\"type\":\"SERVICES\",\"valueAmount\":" + amount
                                    + ",\"currency\":\"EUR\",\"startDate\":\"2030-01-01\","
                                    + "\"endDate\":\"2030-12-31\",\"autoRenew\":false,\"noticePeriodDays\":30}"),
                    400);
            assertThat(body.get("errors").has("valueAmount"))
                    .as(amount + ": " + body)
                    .isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from contract", Long.class))
                .isEqualTo(before);
    }

    @Test
    void an_event_whose_id_holds_a_tab_or_line_break_is_rejected_on_its_own() {
        String source = "text-rules-" + token();
        String good =
                "{\"source\":\"" + source + "\",\"eventId\":\"ok-1\",\"type\":\"payment.missed\",\"occurredAt\":\"%s\","
                        + "\"customerRef\":\"%s\",\"payload\":{\"amount\":10,\"currency\":\"EUR\"}}";
        String ref = jdbc.queryForObject("select min(external_ref) from customer", String.class);
        String now = java.time.OffsetDateTime.now().minusMinutes(5).toString();
        String batch = "[" + good.formatted(now, ref) + ","
                + good.replace("ok-1", "bad\\t2").formatted(now, ref) + ","
                + good.replace("ok-1", "bad\\n3").formatted(now, ref) + "]";
        RawHttp.Answer answer = http.send(
                "POST",
                "/api/events/batch",
                Map.of("X-API-Key", BadInputApiTest.PRODUCER_KEY, "Content-Type", "application/json"),
                batch);
        assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        assertThat(jdbc.queryForList("select event_id from event_dedup where source = ?", String.class, source))
                .containsExactly("ok-1");
        assertThat(answer.body()).contains("one line");
    }
}
