package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.Role;
import io.portalops.security.api.TestAccounts.Created;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The accounts API for ADMIN: the same service as the Accounts screen, every call audited, bad input named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountApiTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();
    private static final String USER_AGENT_PROBE = "/api/customers?size=1";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;
    TestAccounts fixtures;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.24." + NEXT_ADDRESS.incrementAndGet()));
        fixtures = new TestAccounts(accountService, users, jdbc);
        admin = api.accessToken("admin");
    }

    @Test
    void an_admin_creates_an_account_that_must_change_its_password_and_each_call_is_audited() {
        String username = "apinew-" + UUID.randomUUID().toString().substring(0, 8);
        long auditBefore = auditCount();

        Response created = api.post(
                "/api/accounts",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Api New",
                        "email",
                        username + "@portalops.example",
                        "roles",
                        List.of("ANALYST", "APPROVER"),
                        "password",
                        TestAccounts.PASSWORD),
                admin);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(body.get("username").asString()).isEqualTo(username);
        assertThat(body.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, id))
                .containsExactlyInAnyOrder("ANALYST", "APPROVER");
        assertThat(auditActions(auditBefore)).contains("account.created");
        Response token =
                api.post("/api/auth/token", Map.of("username", username, "password", TestAccounts.PASSWORD), null);
        assertThat(token.status()).as("a new account has a temporary password").isEqualTo(403);

        long beforeList = auditCount();
        Response list = api.get("/api/accounts", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"username\":\"" + username + "\"").doesNotContain("password");
        assertThat(auditActions(beforeList)).contains("api.accounts_listed");

        long beforeUpdate = auditCount();
        Response updated = api.put(
                "/api/accounts/" + id,
                Map.of("displayName", "Api Renamed", "email", "", "roles", List.of("AUDITOR"), "enabled", true),
                admin);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("displayName").asString()).isEqualTo("Api Renamed");
        assertThat(updated.json().get("email").isNull()).isTrue();
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, id))
                .containsExactly("AUDITOR");
        assertThat(auditActions(beforeUpdate)).contains("account.details_changed", "account.roles_changed");

        long beforeReset = auditCount();
        assertThat(api.post(
                                "/api/accounts/" + id + "/reset-password",
                                Map.of("password", "Yet-Another-Phrase-5521"),
                                admin)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/accounts/" + id + "/unlock", Map.of(), admin).status())
                .isEqualTo(200);
        assertThat(auditActions(beforeReset)).contains("account.password_reset", "account.unlocked");
    }

    @Test
    void bad_input_answers_400_problem_json_naming_the_field_and_changes_nothing() {
        Created account = fixtures.create("apibad", Role.ANALYST);
        int accountsBefore = jdbc.queryForObject("select count(*) from account", Integer.class);
        Map<String, Object> good = new HashMap<>(Map.of(
                "username",
                "apibad-" + UUID.randomUUID().toString().substring(0, 8),
                "displayName",
                "Bad Input",
                "roles",
                List.of("ANALYST"),
                "password",
                TestAccounts.PASSWORD));

        assertBadField(api.post("/api/accounts", with(good, "roles", List.of("ANALYST", "SUPERUSER")), admin), "roles");
        assertBadField(api.post("/api/accounts", with(good, "roles", List.of()), admin), "roles");
        assertBadField(api.post("/api/accounts", with(good, "username", "has space"), admin), "username");
        assertBadField(api.post("/api/accounts", with(good, "username", account.username()), admin), "username");
        assertBadField(api.post("/api/accounts", with(good, "password", "short"), admin), "password");
        assertBadField(api.post("/api/accounts", with(good, "email", "not-an-address"), admin), "email");
        assertBadField(api.post("/api/accounts", with(good, "displayName", "x".repeat(10_000)), admin), "displayName");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
                .isEqualTo(accountsBefore);

        long version = fixtures.credentialVersion(account.id());
        assertBadField(
                api.put(
                        "/api/accounts/" + account.id(),
                        Map.of("displayName", "X", "roles", List.of("ANALYST")),
                        admin),
                "enabled");
        assertBadField(
                api.put(
                        "/api/accounts/" + account.id(),
                        Map.of("displayName", "X", "roles", List.of("NOPE"), "enabled", false),
                        admin),
                "roles");
        assertBadField(
                api.post(
                        "/api/accounts/" + account.id() + "/reset-password",
                        Map.of("password", "aaaaaaaaaaaaaaaa"),
                        admin),
                "password");
        assertThat(fixtures.credentialVersion(account.id()))
                .as("nothing changed")
                .isEqualTo(version);
        assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, account.id()))
                .isTrue();

        Response garbage = api.post("/api/accounts", "{\"username\": [", admin);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/accounts/not-a-number/sessions", admin).status())
                .isEqualTo(400);
    }

    @Test
    void an_unknown_account_answers_404_on_every_operation() {
        long unknown = jdbc.queryForObject("select max(id) + 1000 from account", Long.class);
        List<Response> responses = List.of(
                api.put(
                        "/api/accounts/" + unknown,
                        Map.of("displayName", "X", "roles", List.of("ANALYST"), "enabled", true),
                        admin),
                api.post(
                        "/api/accounts/" + unknown + "/reset-password",
                        Map.of("password", "Yet-Another-Phrase-5521"),
                        admin),
                api.post("/api/accounts/" + unknown + "/unlock", Map.of(), admin),
                api.get("/api/accounts/" + unknown + "/sessions", admin),
                api.delete("/api/accounts/" + unknown + "/sessions", admin));
        for (Response response : responses) {
            assertThat(response.status()).as(response.uri().toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void a_caller_without_admin_gets_403_on_every_operation_and_changes_nothing() {
        Created target = fixtures.create("apitarget", Role.ANALYST);
        Created caller = fixtures.create(
                "apicaller",
                Role.ACCOUNT_MANAGER,
                Role.ANALYST,
                Role.APPROVER,
                Role.AUDITOR,
                Role.SERVICE_ADMIN,
                Role.PRODUCT_ADMIN);
        String token = api.login(caller.username(), TestAccounts.PASSWORD)
                .get("access_token")
                .asString();
        long version = fixtures.credentialVersion(target.id());

        List<Response> responses = List.of(
                api.get("/api/accounts", token),
                api.post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                "sneaky-" + UUID.randomUUID().toString().substring(0, 6),
                                "displayName",
                                "Sneaky",
                                "roles",
                                List.of("ADMIN"),
                                "password",
                                TestAccounts.PASSWORD),
                        token),
                api.put(
                        "/api/accounts/" + target.id(),
                        Map.of("displayName", "X", "roles", List.of("ADMIN"), "enabled", true),
                        token),
                api.post(
                        "/api/accounts/" + target.id() + "/reset-password",
                        Map.of("password", "Yet-Another-Phrase-5521"),
                        token),
                api.post("/api/accounts/" + target.id() + "/unlock", Map.of(), token),
                api.get("/api/accounts/" + target.id() + "/sessions", token),
                api.delete("/api/accounts/" + target.id() + "/sessions", token));

        for (Response response : responses) {
            assertThat(response.status()).as(response.uri().toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/accounts", null).status()).isEqualTo(401);
        assertThat(fixtures.credentialVersion(target.id())).isEqualTo(version);
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class, target.id()))
                .containsExactly("ANALYST");
        assertThat(jdbc.queryForObject("select count(*) from account where username like 'sneaky-%'", Integer.class))
                .isZero();
    }

    @Test
    void an_admin_lists_an_accounts_sign_ins_with_their_client_and_ends_them_all() {
        Created account = fixtures.create("apisess", Role.ANALYST);
        JsonNode first = api.login(account.username(), TestAccounts.PASSWORD);
        JsonNode second = api.login(account.username(), TestAccounts.PASSWORD);
        long auditBefore = auditCount();

        Response listed = api.get("/api/accounts/" + account.id() + "/sessions", admin);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(2);
        for (JsonNode signIn : listed.json()) {
            assertThat(signIn.get("kind").asString()).isEqualTo("API");
            assertThat(signIn.get("clientAddress").asString()).startsWith("127.0.24.");
            assertThat(signIn.get("userAgent").asString()).contains("Java-http-client");
            assertThat(signIn.get("startedAt").asString()).isNotBlank();
            assertThat(signIn.get("lastUsedAt").asString()).isNotBlank();
        }
        assertThat(auditActions(auditBefore)).contains("api.account_sign_ins_listed");

        Response ended = api.delete("/api/accounts/" + account.id() + "/sessions", admin);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("ended").asInt()).isEqualTo(2);
        assertThat(auditActions(auditBefore)).contains("account.sign_ins_ended");
        for (JsonNode pair : List.of(first, second)) {
            assertThat(api.get(USER_AGENT_PROBE, pair.get("access_token").asString())
                            .status())
                    .isEqualTo(401);
            assertThat(api.post(
                                    "/api/auth/refresh",
                                    Map.of(
                                            "refresh_token",
                                            pair.get("refresh_token").asString()),
                                    null)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/accounts/" + account.id() + "/sessions", admin)
                        .json()
                        .size())
                .isZero();
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(field, value);
        return copy;
    }

    private static void assertBadField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").has(field))
                .as("errors name %s: %s", field, response.body())
                .isTrue();
    }

    private long auditCount() {
        return jdbc.queryForObject("select coalesce(max(seq), 0) from audit_log", Long.class);
    }

    private List<String> auditActions(long afterSeq) {
        return jdbc.queryForList("select action from audit_log where seq > ?", String.class, afterSeq);
    }
}
