package io.portalops.bulk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkApiTest {

    static final Map<String, String> TOKENS = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    String token(String username) {
        return TOKENS.computeIfAbsent(username + "@" + port, k -> api.accessToken(username));
    }

    long draft(String manager, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "customerId",
                jdbc.queryForObject(
                        "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                        Long.class,
                        manager));
        body.put("title", title);
        body.put("type", "SERVICES");
        body.put("valueAmount", new BigDecimal("700"));
        body.put("currency", "EUR");
        body.put("startDate", "2030-01-01");
        body.put("endDate", "2031-12-31");
        body.put("autoRenew", false);
        body.put("noticePeriodDays", 30);
        Response response = api.post("/api/contracts", body, token(manager));
        assertThat(response.status()).as("create: %s", response).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static String token() {
        return "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    boolean flagged(long id) {
        return jdbc.queryForObject("select flagged from contract where id = ?", Boolean.class, id);
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void a_bulk_flag_by_ids_answers_each_row_and_an_id_out_of_scope_is_not_found_like_a_missing_one() {
        long mine = draft("manager", "Bulk API " + token());
        long others = draft("manager2", "Bulk API " + token());

        Response response = api.post(
                "/api/bulk/contracts/flag",
                Map.of("ids", List.of(mine, others, Long.MAX_VALUE), "severity", "MEDIUM", "reason", "API check"),
                token("manager"));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("done").asInt()).isEqualTo(1);
        assertThat(result.get("refused").asInt()).isEqualTo(2);
        JsonNode rows = result.get("rows");
        assertThat(rows.get(0).get("id").asLong()).isEqualTo(mine);
        assertThat(rows.get(0).get("done").asBoolean()).isTrue();
        assertThat(rows.get(1).get("reason")).isEqualTo(rows.get(2).get("reason"));
        assertThat(rows.get(1).get("reason").asString()).isEqualTo("Not found.");
        assertThat(response.body())
                .doesNotContain(jdbc.queryForObject("select number from contract where id = ?", String.class, others));
        assertThat(flagged(mine)).isTrue();
        assertThat(flagged(others)).isFalse();
    }

    @Test
    void a_bulk_note_by_filter_reaches_exactly_the_rows_the_list_endpoint_would_show() {
        String token = token();
        List<Long> mine = List.of(draft("manager", "Bulk API " + token), draft("manager", "Bulk API " + token));
        draft("manager2", "Bulk API " + token);

        Response response = api.post(
                "/api/bulk/contracts/note",
                Map.of("filter", Map.of("text", token, "status", "DRAFT"), "note", "Seen in bulk"),
                token("manager"));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("selected").asInt()).isEqualTo(2);
        assertThat(response.json().get("done").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where body = 'Seen in bulk' and contract_id in (?, ?)",
                        Long.class,
                        mine.get(0),
                        mine.get(1)))
                .isEqualTo(2);
    }

    @Test
    void bad_input_answers_problem_json_and_changes_nothing() {
        long mine = draft("manager", "Bulk API " + token());
        String manager = token("manager");

        assertProblem(
                api.post("/api/bulk/contracts/flag", Map.of("ids", List.of(mine), "severity", "HIGH"), manager), 400);
        assertProblem(
                api.post(
                        "/api/bulk/contracts/flag",
                        Map.of("ids", List.of(mine), "filter", Map.of(), "severity", "HIGH", "reason", "x"),
                        manager),
                400);
        assertProblem(api.post("/api/bulk/contracts/flag", Map.of("severity", "HIGH", "reason", "x"), manager), 400);
        assertProblem(api.post("/api/bulk/nothing/flag", Map.of("ids", List.of(mine), "reason", "x"), manager), 400);
        assertProblem(api.post("/api/bulk/contracts/burn", Map.of("ids", List.of(mine)), manager), 400);
        assertProblem(
                api.post(
                        "/api/bulk/contracts/flag",
                        Map.of("filter", Map.of("status", "NOPE"), "severity", "HIGH", "reason", "x"),
                        manager),
                400);
        assertProblem(
                api.post(
                        "/api/bulk/contracts/flag",
                        Map.of("ids", List.of(mine), "severity", "HIGH", "reason", "x", "colour", "red"),
                        manager),
                400);
        assertProblem(api.post("/api/bulk/contracts/approve", Map.of("ids", List.of(mine)), manager), 403);
        assertThat(api.post("/api/bulk/contracts/flag", Map.of("ids", List.of(mine), "reason", "x"), null)
                        .status())
                .isEqualTo(401);
        assertThat(flagged(mine)).isFalse();
    }

    @Test
    void a_selection_over_the_maximum_answers_422_before_anything_is_done() {
        long mine = draft("manager", "Bulk API " + token());
        List<Long> ids = new ArrayList<>(List.of(mine));
        LongStream.rangeClosed(1, 10_000).forEach(i -> ids.add(Long.MAX_VALUE - i));

        Response response = api.post(
                "/api/bulk/contracts/flag",
                Map.of("ids", ids, "severity", "LOW", "reason", "Too many"),
                token("manager"));

        assertProblem(response, 422);
        assertThat(response.json().get("detail").asString()).contains("at most 10,000 rows");
        assertThat(flagged(mine)).isFalse();
    }
}
