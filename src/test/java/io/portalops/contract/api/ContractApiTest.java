package io.portalops.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
class ContractApiTest {

    /** Tokens live 15 minutes; one login per account keeps this class well inside the per-client rate limit. */
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

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    long customerOf(String manager) {
        return jdbc.queryForObject("select min(id) from customer where owner_id = ?", Long.class, accountId(manager));
    }

    long contractCount() {
        return jdbc.queryForObject("select count(*) from contract", Long.class);
    }

    /** A valid draft body; callers change what they test. */
    Map<String, Object> contract(String manager, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerOf(manager));
        body.put("title", title);
        body.put("type", "SUBSCRIPTION");
        body.put("valueAmount", new java.math.BigDecimal("12000.00"));
        body.put("currency", "EUR");
        body.put("startDate", "2030-01-01");
        body.put("endDate", "2030-12-31");
        body.put("autoRenew", true);
        body.put("noticePeriodDays", 60);
        return body;
    }

    JsonNode create(String manager, Map<String, Object> body) {
        Response response = api.post("/api/contracts", body, token(manager));
        assertThat(response.status()).as("create: %s", response).isEqualTo(201);
        return response.json();
    }

    JsonNode act(String username, String action, long contractId, Map<String, Object> payload) {
        Response response = api.post(
                "/api/actions",
                Map.of("action", action, "contractId", contractId, "payload", payload),
                token(username));
        assertThat(response.status()).as("%s: %s", action, response).isEqualTo(200);
        return response.json();
    }

    /** Every page of a search, following hasNext. */
    List<JsonNode> all(String query, String username) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response response = api.get(
                    "/api/contracts?size=500&page=" + page + (query.isEmpty() ? "" : "&" + query), token(username));
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            JsonNode json = response.json();
            assertThat(json.get("page").asInt()).isEqualTo(page);
            items.addAll(json.get("items").valueStream().toList());
            if (!json.get("hasNext").asBoolean()) {
                return items;
            }
        }
    }

    static Set<Long> ids(List<JsonNode> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(item -> assertThat(ids.add(item.get("id").asLong()))
                .as("no duplicates across pages")
                .isTrue());
        return ids;
    }

    static String marker() {
        return "Wombat" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void each_role_lists_exactly_its_scope_and_a_service_admin_gets_403() {
        long managerId = accountId("manager");
        List<JsonNode> managers = all("", "manager");
        assertThat(managers)
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("ownerId").asLong()).isEqualTo(managerId));
        assertThat(ids(managers))
                .isEqualTo(new HashSet<>(
                        jdbc.queryForList("select id from contract where owner_id = ?", Long.class, managerId)));

        long approverId = accountId("approver");
        List<JsonNode> approvers = all("", "approver");
        Set<Long> expected = new HashSet<>(jdbc.queryForList(
                "select id from contract c where c.status = 'PENDING_APPROVAL' "
                        + "or exists (select 1 from contract_approval a where a.contract_id = c.id and a.approver_id = ?)",
                Long.class,
                approverId));
        assertThat(ids(approvers)).isEqualTo(expected);
        assertThat(approvers.stream().map(item -> item.get("status").asString()).distinct())
                .contains("PENDING_APPROVAL");
        // a draft shows only when this approver decided an earlier round of it (rejected, then revised by its owner)
        Set<Long> decided = new HashSet<>(jdbc.queryForList(
                "select contract_id from contract_approval where approver_id = ?", Long.class, approverId));
        assertThat(approvers)
                .filteredOn(item -> item.get("status").asString().equals("DRAFT"))
                .as("a draft only when decided by this approver before")
                .allSatisfy(item -> assertThat(decided).contains(item.get("id").asLong()));

        assertThat(ids(all("", "analyst"))).hasSize((int) contractCount());

        Long any = jdbc.queryForObject("select min(id) from contract", Long.class);
        for (Response response : List.of(
                api.get("/api/contracts", token("serviceadmin")),
                api.get("/api/contracts/" + any, token("serviceadmin")),
                api.post("/api/contracts", contract("manager", "Service admin draft"), token("serviceadmin")))) {
            assertThat(response.status()).as("%s", response).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/contracts", null).status()).isEqualTo(401);
    }

    @Test
    void a_contract_outside_the_scope_answers_the_same_404_as_a_missing_one() {
        long foreign = jdbc.queryForObject(
                "select min(id) from contract where owner_id = ?", Long.class, accountId("manager2"));
        long missing = jdbc.queryForObject("select max(id) + 1000000 from contract", Long.class);
        long own = jdbc.queryForObject(
                "select min(id) from contract where owner_id = ?", Long.class, accountId("manager"));
        assertThat(api.get("/api/contracts/" + own, token("manager")).status()).isEqualTo(200);

        Response outOfScope = api.get("/api/contracts/" + foreign, token("manager"));
        Response notThere = api.get("/api/contracts/" + missing, token("manager"));

        assertThat(outOfScope.status()).isEqualTo(404);
        assertThat(notThere.status()).isEqualTo(404);
        assertThat(outOfScope.contentType()).startsWith("application/problem+json");
        ObjectNode outOfScopeBody = (ObjectNode) outOfScope.json();
        ObjectNode notThereBody = (ObjectNode) notThere.json();
        outOfScopeBody.remove("instance");
        notThereBody.remove("instance");
        assertThat(outOfScopeBody).isEqualTo(notThereBody);
        assertThat(outOfScope.body())
                .doesNotContain(jdbc.queryForObject("select number from contract where id = ?", String.class, foreign));
        assertThat(api.get("/api/contracts/" + foreign, token("analyst")).status())
                .isEqualTo(200);
    }

    @Test
    void a_manager_creates_a_draft_with_201_and_reads_it_with_its_history() {
        String title = marker() + " subscription";
        Map<String, Object> body = contract("manager", title);

        Response response = api.post("/api/contracts", body, token("manager"));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        JsonNode created = response.json();
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("number").asString()).matches("CT-\\d{4}-\\d{6}");
        assertThat(created.get("ownerId").asLong()).isEqualTo(accountId("manager"));
        assertThat(created.get("value").get("currency").asString()).isEqualTo("EUR");
        assertThat(created.get("availableActions").valueStream().map(JsonNode::asString))
                .contains("EDIT", "SUBMIT");
        assertThat(jdbc.queryForObject("select title from contract where id = ?", String.class, id))
                .isEqualTo(title);

        JsonNode read = api.get("/api/contracts/" + id, token("manager")).json();
        assertThat(read.get("id").asLong()).isEqualTo(id);
        assertThat(read.get("title").asString()).isEqualTo(title);
        assertThat(read.get("approvals").isArray()).isTrue();
        assertThat(read.get("comments").isArray()).isTrue();
        assertThat(read.get("flags").isArray()).isTrue();
        JsonNode history = read.get("history");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("Created");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("Maria Manager");
        Map<String, String> fields = new HashMap<>();
        history.get(0)
                .get("fields")
                .forEach(f ->
                        fields.put(f.get("field").asString(), f.get("newValue").asString()));
        assertThat(fields)
                .containsEntry("Title", title)
                .containsEntry("Value", "EUR 12,000.00")
                .containsEntry("Status", "Draft")
                .containsEntry("Auto-renew", "Yes")
                .containsEntry("Notice days", "60")
                .containsKeys("Type", "Start", "End", "Owner");

        assertThat(api.get("/api/contracts/" + id, token("manager2")).status()).isEqualTo(404);
        assertThat(api.get("/api/contracts/" + id, token("approver")).status())
                .as("a draft is not an approver's business")
                .isEqualTo(404);
    }

    @Test
    void invalid_input_answers_400_with_errors_for_each_bad_field_and_saves_nothing() {
        long before = contractCount();
        Map<String, Object> body = contract("manager", " ");
        body.put("valueAmount", new java.math.BigDecimal("-5"));
        body.put("currency", "euro");
        body.put("noticePeriodDays", -1);
        body.remove("type");

        Response response = api.post("/api/contracts", body, token("manager"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as("errors in %s", response).isNotNull();
        assertThat(errors.propertyNames())
                .containsExactlyInAnyOrder("title", "valueAmount", "currency", "noticePeriodDays", "type");

        Map<String, Object> backwards = contract("manager", "Ends before it starts");
        backwards.put("endDate", "2029-12-31");
        Response backwardsResponse = api.post("/api/contracts", backwards, token("manager"));
        assertThat(backwardsResponse.status()).isEqualTo(400);
        assertThat(backwardsResponse.json().get("errors").propertyNames()).containsExactly("endDate");

        Response foreignCustomer =
                api.post("/api/contracts", contract("manager2", "Not my customer"), token("manager"));
        assertThat(foreignCustomer.status()).isEqualTo(404);
        assertThat(contractCount()).isEqualTo(before);
    }

    @Test
    void a_put_with_a_stale_version_answers_409_and_changes_nothing_and_only_drafts_are_edited() {
        Map<String, Object> body = contract("manager", marker() + " versioned");
        JsonNode created = create("manager", body);
        long id = created.get("id").asLong();
        long readVersion = created.get("version").asLong();

        body.put("title", "Renamed " + body.get("title"));
        body.put("version", readVersion);
        Response first = api.put("/api/contracts/" + id, body, token("manager"));
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        long savedVersion = first.json().get("version").asLong();
        assertThat(savedVersion).isGreaterThan(readVersion);

        Map<String, Object> stale = new LinkedHashMap<>(body);
        stale.put("title", "Overwritten");
        stale.put("valueAmount", new java.math.BigDecimal("99.00"));
        Response staleResponse = api.put("/api/contracts/" + id, stale, token("manager"));
        assertThat(staleResponse.status()).isEqualTo(409);
        assertThat(staleResponse.contentType()).startsWith("application/problem+json");
        stale.remove("version");
        assertThat(api.put("/api/contracts/" + id, stale, token("manager")).status())
                .as("no version")
                .isEqualTo(409);

        JsonNode current = api.get("/api/contracts/" + id, token("manager")).json();
        assertThat(current.get("title").asString()).isEqualTo(body.get("title"));
        assertThat(current.get("value").get("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(current.get("version").asLong()).isEqualTo(savedVersion);
        JsonNode change = current.get("history").get(0);
        assertThat(change.get("kind").asString()).isEqualTo("Changed");
        assertThat(change.get("fields").size()).isEqualTo(1);
        assertThat(change.get("fields").get(0).get("field").asString()).isEqualTo("Title");
        assertThat(change.get("fields").get(0).get("newValue").asString()).isEqualTo(body.get("title"));

        body.put("version", savedVersion);
        body.put("title", "Edited by someone else");
        assertThat(api.put("/api/contracts/" + id, body, token("manager2")).status())
                .isEqualTo(404);

        long submittedVersion =
                act("manager", "submit", id, Map.of()).get("version").asLong();
        body.put("version", submittedVersion);
        Response notDraft = api.put("/api/contracts/" + id, body, token("manager"));
        assertThat(notDraft.status()).isEqualTo(400);
        assertThat(notDraft.json().get("errors").propertyNames()).containsExactly("status");
        assertThat(jdbc.queryForObject("select title from contract where id = ?", String.class, id))
                .isEqualTo(current.get("title").asString());
    }

    @Test
    void the_awaiting_me_status_text_value_date_and_flag_filters_narrow_the_list() {
        String marker = marker();
        Map<String, Object> small = contract("manager", marker + " small");
        small.put("valueAmount", new java.math.BigDecimal("1000"));
        small.put("endDate", "2030-06-30");
        long smallId = create("manager", small).get("id").asLong();
        Map<String, Object> large = contract("manager", marker + " large");
        large.put("valueAmount", new java.math.BigDecimal("90000"));
        JsonNode largeCreated = create("manager", large);
        long largeId = largeCreated.get("id").asLong();
        act("manager", "submit", largeId, Map.of());
        act("analyst", "flag", smallId, Map.of("severity", "LOW", "reason", "Check the price list"));

        assertThat(ids(all("text=" + marker, "manager"))).containsExactlyInAnyOrder(smallId, largeId);
        assertThat(ids(all("text=" + largeCreated.get("number").asString(), "manager")))
                .containsExactly(largeId);
        assertThat(ids(all("text=" + marker + "&status=PENDING_APPROVAL", "manager")))
                .containsExactly(largeId);
        assertThat(ids(all("text=" + marker + "&minValue=5000", "manager"))).containsExactly(largeId);
        assertThat(ids(all("text=" + marker + "&maxValue=5000", "manager"))).containsExactly(smallId);
        assertThat(ids(all("text=" + marker + "&endFrom=2030-07-01", "manager")))
                .containsExactly(largeId);
        assertThat(ids(all("text=" + marker + "&endTo=2030-06-30", "manager"))).containsExactly(smallId);
        assertThat(ids(all("text=" + marker + "&flagged=true", "manager"))).containsExactly(smallId);
        assertThat(ids(all("text=" + marker + "&flagged=false", "manager"))).containsExactly(largeId);

        List<JsonNode> awaiting = all("awaitingMe=true", "approver");
        assertThat(ids(awaiting)).contains(largeId).doesNotContain(smallId);
        assertThat(awaiting)
                .allSatisfy(item -> assertThat(item.get("status").asString()).isEqualTo("PENDING_APPROVAL"));
        long approverId = accountId("approver");
        assertThat(ids(awaiting))
                .isEqualTo(new HashSet<>(jdbc.queryForList(
                        "select id from contract c where c.status = 'PENDING_APPROVAL' "
                                + "and c.owner_id <> ? and (c.submitted_by is null or c.submitted_by <> ?) and not exists (select 1 from contract_approval a "
                                + "where a.contract_id = c.id and a.round = c.approval_round and a.approver_id = ?)",
                        Long.class,
                        approverId,
                        approverId,
                        approverId)));
        act("approver", "approve", largeId, Map.of());
        assertThat(ids(all("awaitingMe=true&text=" + marker, "approver"))).isEmpty();
        assertThat(ids(all("text=" + marker, "approver")))
                .as("decided by approver: still in scope")
                .containsExactly(largeId);
        assertThat(ids(all("awaitingMe=true&text=" + marker, "approver2")))
                .as("decided already")
                .isEmpty();

        List<JsonNode> sorted = all("text=" + marker + "&sort=value,desc", "manager");
        assertThat(sorted.stream().map(item -> item.get("id").asLong())).containsExactly(largeId, smallId);
    }

    @Test
    void bad_paging_sorting_or_filter_parameters_answer_400_problem_json() {
        Map<String, String> cases = Map.of(
                "/api/contracts?size=0", "size",
                "/api/contracts?size=501", "size",
                "/api/contracts?page=-1", "size",
                "/api/contracts?sort=bogus", "sort",
                "/api/contracts?sort=ownerId,desc", "sort",
                "/api/contracts?minValue=10&maxValue=5", "maxValue",
                "/api/contracts?endFrom=2030-02-01&endTo=2030-01-01", "endTo",
                "/api/contracts?startFrom=2030-02-01&startTo=2030-01-01", "startTo");
        cases.forEach((path, field) -> {
            Response response = api.get(path, token("analyst"));
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("errors").propertyNames()).as(path).containsExactly(field);
        });
        for (String path : List.of(
                "/api/contracts?status=BOGUS",
                "/api/contracts?endFrom=31.12.2030",
                "/api/contracts?minValue=lots",
                "/api/contracts?flagged=maybe")) {
            Response response = api.get(path, token("analyst"));
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/contracts?size=5&sort=endDate,asc&endFrom=2020-01-01", token("analyst"))
                        .status())
                .isEqualTo(200);
    }
}
