package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.SsoTestProvider;
import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.security.api.TestAccounts.Created;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * SSO only (docs/security/sso.md): with {@code portalops.security.password-login.enabled=false} the login page offers
 * the providers and keeps the password form folded away for the break-glass account; a password is refused on the form
 * and at {@code POST /api/auth/token} for everyone else, while the break-glass admin still gets in both ways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SsoTestProvider.class)
@TestPropertySource(
        properties = {
            "portalops.security.password-login.enabled=false",
            "portalops.security.password-login.break-glass-account=" + PasswordLoginOffApiTest.BREAK_GLASS
        })
class PasswordLoginOffApiTest {

    static final String BREAK_GLASS = "breakglass-admin";

    /** A loopback address of this class's own: its refused sign-ins count against no other class's budget. */
    private static final String ADDRESS = "127.0.0.23";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TestAccounts(accountService, users, jdbc);
        if (jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, BREAK_GLASS) == 0) {
            long id = users.as(
                            "admin",
                            () -> accountService.create(new NewAccount(
                                    BREAK_GLASS, "Break Glass", null, Set.of(Role.ADMIN), TestAccounts.PASSWORD)))
                    .id();
            jdbc.update("update account set must_change_password = false where id = ?", id);
        }
    }

    @Test
    void the_login_page_offers_the_providers_and_keeps_the_password_form_folded_away_for_the_break_glass_account()
            throws Exception {
        Map<Integer, JsonNode> nodes = loginPageNodes();

        int form = nodeWithTag(nodes, "vaadin-login-form");
        assertThat(tagOf(nodes, parentOf(nodes, form)))
                .as("the password form is not on the page itself, only inside the break-glass details")
                .isEqualTo("vaadin-details");
        assertThat(nodes.values().toString())
                .contains("Break-glass sign-in with a password")
                .contains("Sign in with Corp IdP")
                .contains("Password sign-in is switched off here");
    }

    @Test
    void a_password_posted_to_the_login_form_signs_nobody_in() {
        Created analyst = fixtures.create("pwoff", Role.ANALYST);
        BrowserLikeClient browser = new BrowserLikeClient(port, ADDRESS);

        Response posted = browser.signIn(analyst.username(), TestAccounts.PASSWORD);

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith("/login?error");
        assertThat(browser.get("/customers", Map.of()).status())
                .as("not signed in")
                .isEqualTo(302);
        assertThat(fixtures.openSignIns(analyst.id())).isZero();
        assertThat(failedCount(analyst.id()))
                .as("a switched-off password is not a guess at this account: nothing counts towards its lockout")
                .isZero();
    }

    @Test
    void a_password_sent_to_the_token_endpoint_is_refused_with_a_problem_that_says_passwords_are_off()
            throws Exception {
        Created analyst = fixtures.create("pwofftoken", Role.ANALYST);
        ApiTestClient api = new ApiTestClient(port, InetAddress.getByName(ADDRESS));

        Response refused = api.post(
                "/api/auth/token", Map.of("username", analyst.username(), "password", TestAccounts.PASSWORD), null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Password sign-in switched off");
        assertThat(refused.json().get("detail").asString()).contains("identity provider");
        assertThat(refused.body()).doesNotContain("access_token");

        Response wrongBreakGlass =
                api.post("/api/auth/token", Map.of("username", BREAK_GLASS, "password", "not-the-password"), null);
        assertThat(wrongBreakGlass.status()).isEqualTo(401);
        assertThat(wrongBreakGlass.json().get("title").asString())
                .as("a wrong break-glass password is answered alike, so the refusal does not single out that name")
                .isEqualTo("Password sign-in switched off");
    }

    @Test
    void the_named_break_glass_admin_still_signs_in_on_the_form_and_at_the_token_endpoint() throws Exception {
        BrowserLikeClient browser = new BrowserLikeClient(port, ADDRESS);
        Response posted = browser.signIn(BREAK_GLASS, TestAccounts.PASSWORD);
        assertThat(posted.header("Location")).doesNotContain("error");
        assertThat(browser.get("/customers", Map.of()).status()).as("signed in").isEqualTo(200);

        Response tokens = new ApiTestClient(port, InetAddress.getByName(ADDRESS))
                .post("/api/auth/token", Map.of("username", BREAK_GLASS, "password", TestAccounts.PASSWORD), null);
        assertThat(tokens.status()).as("%s", tokens).isEqualTo(200);
        assertThat(tokens.json().get("access_token").asString()).isNotBlank();
    }

    private int failedCount(long accountId) {
        return jdbc.queryForObject("select failed_attempts from account where id = ?", Integer.class, accountId);
    }

    /** The components Vaadin sends for the login view on its first request, by state node id. */
    private Map<Integer, JsonNode> loginPageNodes() {
        BrowserLikeClient browser = new BrowserLikeClient(port, ADDRESS);
        Response init = browser.get("/?v-r=init&location=login", Map.of());
        assertThat(init.status()).isEqualTo(200);
        // the first response of a Vaadin page: {"appConfig": {..., "uidl": {"changes": [...]}}}
        String body = init.body().startsWith("for(;;);") ? init.body().substring(8) : init.body();
        JsonNode changes = ApiTestClient.JSON.readTree(body).findValue("changes");
        assertThat(changes).as("the login view's components in %s", body).isNotNull();
        Map<Integer, JsonNode> byNode = new HashMap<>();
        changes.forEach(
                change -> byNode.computeIfAbsent(change.get("node").asInt(), n -> ApiTestClient.JSON.createArrayNode())
                        .asArray()
                        .add(change));
        return byNode;
    }

    private static int nodeWithTag(Map<Integer, JsonNode> nodes, String tag) {
        return nodes.entrySet().stream()
                .filter(e -> tag.equals(tagOf(nodes, e.getKey())))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + tag + " on the login page"));
    }

    private static String tagOf(Map<Integer, JsonNode> nodes, int node) {
        for (JsonNode change : nodes.getOrDefault(node, ApiTestClient.JSON.createArrayNode())) {
            if ("tag".equals(change.path("key").asString(""))) {
                return change.get("value").asString();
            }
        }
        return "";
    }

    private static int parentOf(Map<Integer, JsonNode> nodes, int child) {
        for (Map.Entry<Integer, JsonNode> entry : nodes.entrySet()) {
            for (JsonNode change : entry.getValue()) {
                for (JsonNode added : change.path("addNodes")) {
                    if (added.asInt() == child) {
                        return entry.getKey();
                    }
                }
            }
        }
        throw new AssertionError("node " + child + " has no parent on the login page");
    }
}
