package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.Role;
import io.portalops.security.SignInService;
import io.portalops.security.api.TestAccounts.Created;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A browser session, signed in through the real login form with a session cookie, ends on its next request once the
 * account is disabled, its roles change, or its sign-in is ended; page loads and Vaadin's own requests alike (ADR 017).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSignInApiTest {

    private static final String PAGE = "/customers";
    private static final String HEARTBEAT = "/?v-r=heartbeat&v-uiId=0";
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) PortalOpsTest/1.0";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    SignInService signIns;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext webServer;

    TestAccounts fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TestAccounts(accountService, users, jdbc);
    }

    @Test
    void a_disabled_account_loses_its_browser_session_on_its_next_request() throws Exception {
        Created account = fixtures.create("uidisable", Role.ANALYST);
        Browser browser = signedIn(account);

        users.run("admin", () -> accountService.setEnabled(account.id(), false));

        assertThat(browser.get(PAGE).statusCode()).isEqualTo(302);
        assertThat(browser.get(PAGE).headers().firstValue("Location").orElse(""))
                .endsWith("/login");
        users.run("admin", () -> accountService.setEnabled(account.id(), true));
        assertThat(browser.get(PAGE).statusCode())
                .as("enabling again restores no session")
                .isEqualTo(302);
    }

    @Test
    void a_role_change_ends_the_browser_session_even_when_the_next_request_is_a_vaadin_heartbeat() throws Exception {
        Created account = fixtures.create("uiroles", Role.ANALYST);
        Browser browser = signedIn(account);
        assertThat(browser.get("/?v-r=init&location=customers").statusCode()).isEqualTo(200);
        assertThat(browser.post(HEARTBEAT).statusCode())
                .as("a heartbeat of a live UI")
                .isEqualTo(200);

        users.run("admin", () -> accountService.changeRoles(account.id(), Set.of(Role.ANALYST, Role.APPROVER)));
        HttpResponse<String> heartbeat = browser.post(HEARTBEAT);

        assertThat(heartbeat.statusCode())
                .as("the heartbeat finds its session gone: %s", heartbeat.body())
                .isNotEqualTo(200);
        assertThat(browser.get(PAGE).statusCode()).isEqualTo(302);
    }

    @Test
    void a_sign_in_ended_by_an_admin_ends_the_browser_session_and_the_owner_sees_it_gone() throws Exception {
        Created account = fixtures.create("uiadminend", Role.ANALYST);
        Browser browser = signedIn(account);
        Browser other = signedIn(account);
        UUID signIn = UUID.fromString(jdbc.queryForObject(
                "select id::text from sign_in where account_id = ? and kind = 'BROWSER' "
                        + "and user_agent = ? order by started_at limit 1",
                String.class,
                account.id(),
                BROWSER));

        users.run("admin", () -> signIns.endOf(account.id(), signIn));

        assertThat(browser.get(PAGE).statusCode()).isEqualTo(302);
        assertThat(other.get(PAGE).statusCode())
                .as("the other browser keeps its session")
                .isEqualTo(200);
        assertThat(users.as(account.username(), signIns::mine))
                .extracting(s -> s.id())
                .doesNotContain(signIn)
                .hasSize(1);
    }

    @Test
    void a_browser_sign_in_is_recorded_with_its_client_and_a_password_reset_ends_it() throws Exception {
        Created account = fixtures.create("uireset", Role.ANALYST);
        Browser browser = signedIn(account);

        var listed = users.as("admin", () -> signIns.of(account.id()));
        assertThat(listed).hasSize(1);
        assertThat(listed.getFirst().userAgent()).isEqualTo(BROWSER);
        assertThat(listed.getFirst().clientAddress()).isEqualTo("127.0.0.1");

        users.run("admin", () -> accountService.resetPassword(account.id(), "Temporary-Phrase-4471"));

        assertThat(browser.get(PAGE).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select ended_reason from sign_in where account_id = ? and kind = 'BROWSER'",
                        String.class,
                        account.id()))
                .isEqualTo("PASSWORD_RESET");
    }

    @Test
    void a_session_on_this_node_is_closed_at_once_when_its_sign_in_ends_without_waiting_for_a_request()
            throws Exception {
        Created account = fixtures.create("uinow", Role.ANALYST);
        Browser browser = signedIn(account);
        String sessionId = browser.sessionId();
        assertThat(tomcatSession(sessionId))
                .as("the signed-in session lives on this node")
                .isNotNull();

        users.run("admin", () -> accountService.setEnabled(account.id(), false));

        // no request from the browser in between: a Push connection of this session would be closed with it
        assertThat(tomcatSession(sessionId)).isNull();
    }

    private org.apache.catalina.Session tomcatSession(String id) throws IOException {
        var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) webServer.getWebServer();
        var context = (org.apache.catalina.Context) tomcat.getTomcat().getHost().findChildren()[0];
        return context.getManager().findSession(id);
    }

    private Browser signedIn(Created account) throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.postForm(
                "/login",
                "username=" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.get(PAGE).statusCode()).as("signed in").isEqualTo(200);
        return browser;
    }

    /** A client that keeps its cookies, like a browser tab. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path) throws IOException, InterruptedException {
            return http.send(
                    request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return http.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("User-Agent", BROWSER);
        }
    }
}
