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

/**
 * SSO only (docs/security/sso.md): with {@code portalops.security.password-login.enabled=false} a password is refused
 * on the login form and at {@code POST /api/auth/token} for everyone but the break-glass admin, who still gets in both
 * ways. What the login page shows then: {@code security/ui/LoginViewPasswordSwitchTest}.
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
    private static final String ADDRESS = "127.0.0.231";

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
}
