package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.MfaPolicyService;
import io.portalops.security.Role;
import io.portalops.security.TotpEnrolment;
import io.portalops.security.TwoFactorService;
import io.portalops.security.api.TestAccounts.Created;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second factor over real HTTP (ADR 033): the token endpoint's code field, and the browser session's gate before
 * the code step and before a forced enrolment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    MfaPolicyService policy;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;
    TestAccounts fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
        fixtures = new TestAccounts(accountService, users, jdbc);
    }

    record Enrolled(Created account, String secret, List<String> recoveryCodes) {}

    /** Enrols as its owner would: the test reads the secret and computes the code, as an authenticator app does. */
    Enrolled enrolled(String prefix) {
        Created account = fixtures.create(prefix, Role.ANALYST);
        return users.as(account.username(), () -> {
            TotpEnrolment enrolment = twoFactor.startEnrolment();
            List<String> codes = twoFactor.confirmEnrolment(code(enrolment.secret(), 0));
            return new Enrolled(account, enrolment.secret(), codes);
        });
    }

    /** The code {@code offset} steps from now; the enrolment used the current step, so sign-ins use the next one. */
    static String code(String secret, int offset) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, Instant.now().getEpochSecond() / 30 + offset);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Response token(String username, Map<String, String> extra) {
        Map<String, String> body =
                new java.util.HashMap<>(Map.of("username", username, "password", TestAccounts.PASSWORD));
        body.putAll(extra);
        return api.post("/api/auth/token", body, null);
    }

    int failedAttempts(long id) {
        return jdbc.queryForObject("select failed_attempts from account where id = ?", Integer.class, id);
    }

    @Test
    void a_token_for_an_account_with_totp_needs_the_code_a_missing_one_is_named_and_a_wrong_one_counts() {
        Enrolled enrolled = enrolled("apitotp");
        String username = enrolled.account().username();

        Response missing = token(username, Map.of());
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("title").asString()).isEqualTo("Second factor required");
        assertThat(missing.json().get("detail").asString()).contains("\"totp\"").contains("\"recoveryCode\"");
        assertThat(failedAttempts(enrolled.account().id())).isZero();

        String right = code(enrolled.secret(), 1);
        String wrong = right.equals("000000") ? "111111" : "000000";
        Response refused = token(username, Map.of("totp", wrong));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("title").asString()).isEqualTo("Authentication failed");
        assertThat(failedAttempts(enrolled.account().id())).isEqualTo(1);

        Response accepted = token(username, Map.of("totp", right));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(api.get(
                                "/api/customers?size=1",
                                accepted.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);
        assertThat(failedAttempts(enrolled.account().id())).isZero();
        assertThat(token(username, Map.of("totp", right)).status())
                .as("the same code replayed")
                .isEqualTo(401);
    }

    @Test
    void a_recovery_code_gets_one_token_and_an_account_without_totp_needs_no_code() {
        Enrolled enrolled = enrolled("apirecovery");
        String recovery = enrolled.recoveryCodes().get(0);
        assertThat(token(enrolled.account().username(), Map.of("recoveryCode", recovery))
                        .status())
                .isEqualTo(200);
        assertThat(token(enrolled.account().username(), Map.of("recoveryCode", recovery))
                        .status())
                .isEqualTo(401);

        Created plain = fixtures.create("apiplain", Role.ANALYST);
        assertThat(token(plain.username(), Map.of()).status()).isEqualTo(200);
        assertThat(token(plain.username(), Map.of("totp", "x".repeat(17))).status())
                .as("bounded like the password")
                .isEqualTo(400);
    }

    @Test
    void
            a_role_that_requires_a_second_factor_gets_no_token_before_enrolment_and_its_browser_session_only_the_enrolment()
                    throws Exception {
        Created account = fixtures.create("apiforced", Role.PRODUCT_ADMIN);
        try {
            users.run("admin", () -> policy.setRequired(Role.PRODUCT_ADMIN, true));
            Response forbidden = token(account.username(), Map.of());
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.json().get("title").asString()).isEqualTo("Two-factor enrolment required");

            Browser browser = new Browser();
            assertThat(browser.signIn(account.username()).statusCode()).isEqualTo(302);
            HttpResponse<String> page = browser.get("/products");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/account/two-factor");
            assertThat(browser.get("/account/two-factor").statusCode()).isEqualTo(200);
            assertThat(browser.get("/login/code").statusCode())
                    .as("not the other step either")
                    .isEqualTo(302);
            assertThat(browser.get("/api/products").statusCode())
                    .as("the API takes no session")
                    .isEqualTo(401);
        } finally {
            users.run("admin", () -> policy.followConfiguration(Role.PRODUCT_ADMIN));
        }
    }

    @Test
    void a_browser_sign_in_with_totp_reaches_only_the_code_step_until_the_code_is_accepted() throws Exception {
        Enrolled enrolled = enrolled("uitotp");
        Browser browser = new Browser();
        assertThat(browser.signIn(enrolled.account().username()).statusCode()).isEqualTo(302);

        for (String path : List.of("/", "/customers", "/admin/accounts", "/account/sign-ins", "/account/two-factor")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/login/code");
        }
        assertThat(browser.get("/login/code").statusCode()).isEqualTo(200);
        assertThat(browser.post("/some/form").statusCode())
                .as("any other request is refused")
                .isEqualTo(403);
        assertThat(browser.get("/?v-r=init&location=customers").statusCode())
                .as("Vaadin's own requests pass, the guard " + "decides the view")
                .isEqualTo(200);
    }

    /** A client that keeps its cookies, like a browser tab. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> signIn(String username) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
            return http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
