package io.portalops.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActionsApiTest {

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

    /** A new draft of the manager's first customer, created over the API. */
    long draft(String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "customerId",
                jdbc.queryForObject(
                        "select min(id) from customer where owner_id = ?", Long.class, accountId("manager")));
        body.put("title", "Action test " + UUID.randomUUID().toString().substring(0, 8));
        body.put("type", "SERVICES");
        body.put("valueAmount", new java.math.BigDecimal(amount));
        body.put("currency", "EUR");
        body.put("startDate", "2030-01-01");
        body.put("endDate", "2031-12-31");
        body.put("autoRenew", false);
        body.put("noticePeriodDays", 30);
        Response response = api.post("/api/contracts", body, token("manager"));
        assertThat(response.status()).as("create: %s", response).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    long pending(String amount) {
        long id = draft(amount);
        assertThat(act("manager", "submit", id, Map.of()).status()).isEqualTo(200);
        return id;
    }

    static Map<String, Object> request(String action, long contractId, Map<String, ?> payload) {
        return Map.of("action", action, "contractId", contractId, "payload", payload);
    }

    Response act(String username, String action, long contractId, Map<String, ?> payload) {
        return api.post("/api/actions", request(action, contractId, payload), token(username));
    }

    String status(long id) {
        return jdbc.queryForObject("select status from contract where id = ?", String.class, id);
    }

    int approvalRows(long id) {
        return jdbc.queryForObject("select count(*) from contract_approval where contract_id = ?", Integer.class, id);
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void a_manager_submits_an_approver_approves_and_a_second_approver_gets_404_like_a_missing_id() {
        long id = draft("20000");

        Response submitted = act("manager", "submit", id, Map.of());
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(submitted.json().get("requiredApprovals").asInt()).isEqualTo(1);

        Response approved = act("approver", "approve", id, Map.of("comment", "Fine by me"));

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.contentType()).startsWith("application/json");
        JsonNode details = approved.json();
        assertThat(details.get("id").asLong()).isEqualTo(id);
        assertThat(details.get("status").asString()).isEqualTo("APPROVED");
        assertThat(details.get("approvals").size()).isEqualTo(1);
        assertThat(details.get("approvals").get(0).get("decision").asString()).isEqualTo("APPROVED");
        assertThat(details.get("approvals").get(0).get("comment").asString()).isEqualTo("Fine by me");
        assertThat(status(id)).isEqualTo("APPROVED");

        // decided by someone else, the contract left approver2's scope: the answer names neither its number nor its
        // status
        Response late = act("approver2", "approve", id, Map.of());
        assertProblem(late, 404);
        Response missing = act("approver2", "approve", Long.MAX_VALUE, Map.of());
        assertThat(late.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(late.body())
                .doesNotContain(jdbc.queryForObject("select number from contract where id = ?", String.class, id))
                .doesNotContainIgnoringCase("approved");
        Response lateReject = act("approver2", "reject", id, Map.of("reason", "Too late anyway"));
        assertProblem(lateReject, 404);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(approvalRows(id)).isEqualTo(1);
    }

    @Test
    void four_eyes_and_approval_limits_answer_403_and_change_nothing() {
        long twoLevel = pending("150000");
        assertThat(act("approver2", "approve", twoLevel, Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PENDING_APPROVAL");

        Response again = act("approver2", "approve", twoLevel, Map.of());

        assertProblem(again, 403);
        assertThat(again.json().get("detail").asString()).contains("Four eyes");
        assertThat(approvalRows(twoLevel)).isEqualTo(1);
        assertThat(status(twoLevel)).isEqualTo("PENDING_APPROVAL");

        long huge = pending("1500000");
        assertThat(act("approver", "approve", huge, Map.of()).status()).isEqualTo(200);
        Response beyondLimit = act("approver2", "approve", huge, Map.of());
        assertProblem(beyondLimit, 403);
        assertThat(beyondLimit.json().get("detail").asString()).contains("limit");
        assertThat(status(huge)).isEqualTo("PENDING_APPROVAL");
        assertThat(approvalRows(huge)).isEqualTo(1);

        Response byManager = act("manager", "approve", pending("1000"), Map.of());
        assertProblem(byManager, 403);
    }

    @Test
    void an_illegal_transition_answers_409_and_leaves_the_state_unchanged() {
        long id = draft("5000");
        long version = jdbc.queryForObject("select version from contract where id = ?", Long.class, id);

        Response activate = act("manager", "activate", id, Map.of());

        assertProblem(activate, 409);
        assertThat(activate.json().get("detail").asString()).contains("draft");
        Response terminate = act("manager", "terminate", id, Map.of("reason", "Customer left"));
        assertProblem(terminate, 409);
        assertThat(status(id)).isEqualTo("DRAFT");
        // the version catches a refused action that still wrote (docs/security/planted-faults.md, fault 2)
        assertThat(jdbc.queryForObject("select version from contract where id = ?", Long.class, id))
                .as("the refused actions wrote nothing: the contract's version is unchanged")
                .isEqualTo(version);
    }

    @Test
    void bad_payloads_and_unknown_actions_answer_422_with_errors_and_change_nothing() {
        long id = pending("3000");

        Map<String, Object> noReason = new HashMap<>();
        noReason.put("reason", "  ");
        Response blankReason = act("approver", "reject", id, noReason);
        assertProblem(blankReason, 422);
        assertThat(blankReason.json().get("errors").propertyNames()).containsExactly("reason");
        Response missingReason = act("approver", "reject", id, Map.of());
        assertProblem(missingReason, 422);
        assertThat(missingReason.json().get("errors").propertyNames()).containsExactly("reason");
        assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
        assertThat(approvalRows(id)).isZero();

        Response unknown = act("approver", "approve-all", id, Map.of());
        assertProblem(unknown, 422);
        assertThat(unknown.json().get("errors").propertyNames()).containsExactly("action");
        assertThat(unknown.json().get("errors").get("action").asString()).contains("approve-all");

        Response noAction = api.post("/api/actions", Map.of("contractId", id), token("approver"));
        assertProblem(noAction, 422);
        assertThat(noAction.json().get("errors").propertyNames()).containsExactly("action");
        Response noContract = api.post("/api/actions", Map.of("action", "approve"), token("approver"));
        assertProblem(noContract, 422);
        assertThat(noContract.json().get("errors").propertyNames()).containsExactly("contractId");

        Response badSeverity = act("analyst", "flag", id, Map.of("severity", "CRITICAL", "reason", "Looks odd"));
        assertProblem(badSeverity, 422);
        assertThat(badSeverity.json().get("errors").propertyNames()).containsExactly("severity");
        Response emptyNote = act("analyst", "note", id, Map.of("text", ""));
        assertProblem(emptyNote, 422);
        assertThat(emptyNote.json().get("errors").propertyNames()).containsExactly("text");
        Response terminateWithoutReason = act("manager", "terminate", id, Map.of());
        assertProblem(terminateWithoutReason, 422);

        assertThat(jdbc.queryForObject("select count(*) from contract_flag where contract_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where contract_id = ?", Integer.class, id))
                .isZero();
        assertThat(status(id)).isEqualTo("PENDING_APPROVAL");

        Response notJson = api.post("/api/actions", "{not json", token("approver"));
        assertProblem(notJson, 400);
    }

    @Test
    void a_contract_outside_the_scope_answers_404_and_roles_without_contract_access_403() {
        long foreign = jdbc.queryForObject(
                "select min(id) from contract where owner_id = ? and status = 'DRAFT'",
                Long.class,
                accountId("manager2"));

        assertProblem(act("manager", "submit", foreign, Map.of()), 404);
        assertProblem(act("manager", "note", foreign, Map.of("text", "Peeking")), 404);
        assertProblem(act("approver", "note", foreign, Map.of("text", "Peeking")), 404);
        assertProblem(act("manager", "submit", Long.MAX_VALUE, Map.of()), 404);
        assertProblem(act("serviceadmin", "note", foreign, Map.of("text", "Peeking")), 404);
        assertProblem(act("serviceadmin", "submit", foreign, Map.of()), 403);
        assertThat(status(foreign)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where contract_id = ?", Integer.class, foreign))
                .isZero();
        assertThat(api.post("/api/actions", request("submit", foreign, Map.of()), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void flags_are_raised_and_cleared_and_notes_added_over_the_api() {
        long id = draft("7000");

        Response flagged = act("analyst", "flag", id, Map.of("severity", "high", "reason", "Price below list"));
        assertThat(flagged.status()).as("%s", flagged).isEqualTo(200);
        JsonNode flags = flagged.json().get("flags");
        assertThat(flagged.json().get("flagged").asBoolean()).isTrue();
        assertThat(flags.size()).isEqualTo(1);
        assertThat(flags.get(0).get("severity").asString()).isEqualTo("HIGH");
        assertThat(flags.get(0).get("reason").asString()).isEqualTo("Price below list");
        long flagId = flags.get(0).get("id").asLong();
        assertThat(act("manager", "flag", id, Map.of("severity", "LOW", "reason", "Second look"))
                        .json()
                        .get("flags")
                        .size())
                .isEqualTo(2);

        Response unflagOne = act("manager", "unflag", id, Map.of("flagId", flagId, "reason", "Price confirmed"));
        assertThat(unflagOne.status()).as("%s", unflagOne).isEqualTo(200);
        assertThat(unflagOne.json().get("flagged").asBoolean())
                .as("the second flag is still open")
                .isTrue();
        assertThat(jdbc.queryForObject("select clear_reason from contract_flag where id = ?", String.class, flagId))
                .isEqualTo("Price confirmed");
        Response unflagAll = act("analyst", "unflag", id, Map.of("reason", "All checked"));
        assertThat(unflagAll.json().get("flagged").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select flagged from contract where id = ?", Boolean.class, id))
                .isFalse();
        assertProblem(act("analyst", "unflag", id, Map.of("reason", "Nothing left")), 409);

        Response noted = act("manager", "note", id, Map.of("text", "Please check the discount, @analyst"));
        assertThat(noted.status()).as("%s", noted).isEqualTo(200);
        JsonNode comment = noted.json().get("comments").get(0);
        assertThat(comment.get("body").asString()).isEqualTo("Please check the discount, @analyst");
        assertThat(comment.get("mentionedUsernames").valueStream().map(JsonNode::asString))
                .containsExactly("analyst");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where contract_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void a_repeated_request_with_the_same_idempotency_key_answers_the_first_result_and_approves_once() {
        long id = pending("4000");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request("approve", id, Map.of("comment", "Once only"));

        Response first = post(body, "approver", key);
        Response second = post(body, "approver", key);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(first.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.contentType()).startsWith("application/json");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(approvalRows(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from idempotency_key where key = ? and account_id = ?",
                        Integer.class,
                        key,
                        accountId("approver")))
                .isEqualTo(1);

        Response withoutKey = act("approver", "approve", id, Map.of("comment", "Once only"));
        assertProblem(withoutKey, 409);

        Response otherBody = post(request("approve", id, Map.of("comment", "Another comment")), "approver", key);
        assertProblem(otherBody, 422);
        assertThat(otherBody.json().get("detail").asString())
                .contains("Idempotency-Key")
                .contains("different request");
        Response otherAction = post(request("reject", id, Map.of("reason", "Changed my mind")), "approver", key);
        assertProblem(otherAction, 422);
        assertThat(approvalRows(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("APPROVED");

        long other = pending("4000");
        Response sameKeyOtherAccount =
                post(request("approve", other, Map.of("comment", "Once only")), "approver2", key);
        assertThat(sameKeyOtherAccount.status())
                .as("keys are per account: %s", sameKeyOtherAccount)
                .isEqualTo(200);
        assertThat(sameKeyOtherAccount.header("Idempotent-Replayed")).isEqualTo("false");
    }

    @Test
    void a_failed_action_stores_no_answer_so_the_key_can_be_retried() {
        long id = draft("2500");
        String key = UUID.randomUUID().toString();

        assertProblem(post(request("approve", id, Map.of()), "approver", key), 404);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where key = ?", Integer.class, key))
                .isZero();

        assertThat(act("manager", "submit", id, Map.of()).status()).isEqualTo(200);
        Response retried = post(request("approve", id, Map.of()), "approver", key);
        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(approvalRows(id)).isEqualTo(1);

        Response badKey = post(request("note", id, Map.of("text", "hi")), "approver", "x".repeat(256));
        assertProblem(badKey, 422);
        assertThat(badKey.json().get("errors").propertyNames()).containsExactly("Idempotency-Key");
    }

    @Test
    void concurrent_duplicates_with_one_key_act_once_and_all_answer_the_same_body() throws Exception {
        long id = pending("6000");
        String key = UUID.randomUUID().toString();
        String body = ApiTestClient.JSON.writeValueAsString(request("approve", id, Map.of("comment", "Racing")));
        String token = token("approver");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        Callable<HttpResponse<String>> call = () -> {
            start.await();
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/actions"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        };
        List<HttpResponse<String>> responses;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<HttpResponse<String>>> futures =
                    List.of(pool.submit(call), pool.submit(call), pool.submit(call), pool.submit(call));
            start.countDown();
            responses = futures.stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(responses.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(responses.stream()
                        .filter(r -> r.headers()
                                .firstValue("Idempotent-Replayed")
                                .orElse("")
                                .equals("false")))
                .hasSize(1);
        assertThat(approvalRows(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    Response post(Map<String, Object> body, String username, String key) {
        return api.post("/api/actions", body, token(username), Map.of("Idempotency-Key", key));
    }
}
