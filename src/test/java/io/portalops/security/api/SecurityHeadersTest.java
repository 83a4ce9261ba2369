package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers and the session cookie over real HTTP (docs/security/headers.md), served over plain HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    static void hasSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy"))
                .as("CSP of %s", response.uri())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
        assertThat(response.header("Referrer-Policy")).as("%s", response.uri()).isEqualTo("same-origin");
        assertThat(response.header("Permissions-Policy"))
                .as("%s", response.uri())
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.header("X-Content-Type-Options"))
                .as("%s", response.uri())
                .isEqualTo("nosniff");
    }

    @Test
    void the_login_page_a_view_the_api_and_its_documentation_all_carry_the_security_headers() {
        BrowserLikeClient browser = new BrowserLikeClient(port, "127.0.0.193");
        Response login = browser.get("/login", Map.of());
        assertThat(login.status()).isEqualTo(200);
        Response anonymousView = browser.get("/contracts", Map.of());
        assertThat(anonymousView.status())
                .as("a view before sign-in sends to the login")
                .isIn(200, 302);
        Response api = browser.get("/api/customers", Map.of("Accept", "application/json"));
        assertThat(api.status()).isEqualTo(401);
        Response docs = browser.get("/api/docs/openapi.json", Map.of());
        assertThat(docs.status()).isEqualTo(200);
        assertThat(browser.signIn("analyst", "analyst").status()).isEqualTo(302);
        Response view = browser.get("/contracts", Map.of());
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("<html");

        for (Response response : List.of(login, anonymousView, api, docs, view)) {
            hasSecurityHeaders(response);
            assertThat(response.header("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP: %s", response.uri())
                    .isNull();
        }
        assertThat(view.header("Content-Security-Policy"))
                .contains(
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'",
                        "connect-src 'self'");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only_and_not_secure_over_plain_http() {
        Response login = new BrowserLikeClient(port, "127.0.0.193").get("/login", Map.of());

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void the_favicon_is_served_without_a_sign_in_and_the_pages_link_it() {
        BrowserLikeClient browser = new BrowserLikeClient(port, "127.0.0.193");

        Response ico = browser.get("/favicon.ico", Map.of());
        Response svg = browser.get("/icons/favicon.svg", Map.of());
        Response login = browser.get("/login", Map.of());

        assertThat(ico.status()).isEqualTo(200);
        assertThat(ico.contentType()).contains("icon");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg");
        assertThat(login.body())
                .containsPattern("<link (?=[^>]*rel=\"icon\")(?=[^>]*href=\"icons/favicon.svg\")[^>]*>");
    }
}
