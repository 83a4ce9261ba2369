package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A deployment behind a TLS proxy, configured as docs/security/lockout-and-rate-limits.md says: forwarded headers are
 * honoured only from the proxy's address (here 127.0.0.190), so a client elsewhere cannot choose its own rate-limit
 * key with X-Forwarded-For. Also the production documentation setting, and the per-account rate limit. Its context
 * (limit 3, shared with {@link RateLimitTest}) is {@link BehindProxyContext}.
 */
@BehindProxyContext
class BehindProxyTest {

    private static final String PROXY = "127.0.0.190";

    @LocalServerPort
    int port;

    Response anonymousApi(BrowserLikeClient client, String forwardedFor) {
        return client.get("/api/customers", Map.of("X-Forwarded-For", forwardedFor, "Accept", "application/json"));
    }

    @Test
    void a_spoofed_x_forwarded_for_from_an_untrusted_address_does_not_change_the_rate_limit_key() {
        BrowserLikeClient client = new BrowserLikeClient(port, "127.0.0.194");
        for (int i = 1; i <= 3; i++) {
            assertThat(anonymousApi(client, "198.51.100." + i).status())
                    .as("request %d", i)
                    .isEqualTo(401);
        }

        Response fourth = anonymousApi(client, "198.51.100.99");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).matches("\\d+");
    }

    @Test
    void the_trusted_proxy_s_x_forwarded_for_names_the_client_whose_bucket_is_used() {
        BrowserLikeClient proxy = new BrowserLikeClient(port, PROXY);
        for (int i = 1; i <= 3; i++) {
            assertThat(anonymousApi(proxy, "203.0.113.7").status()).isEqualTo(401);
        }
        assertThat(anonymousApi(proxy, "203.0.113.7").status())
                .as("the same client behind the proxy")
                .isEqualTo(429);
        assertThat(anonymousApi(proxy, "203.0.113.8").status())
                .as("another client behind the proxy")
                .isEqualTo(401);
    }

    @Test
    void
            behind_a_trusted_tls_proxy_responses_carry_hsts_and_the_session_cookie_is_secure_but_not_for_a_spoofed_proto() {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.20");
        Response viaProxy = new BrowserLikeClient(port, PROXY).get("/login", https);
        Response spoofed = new BrowserLikeClient(port, "127.0.0.195").get("/login", https);

        assertThat(viaProxy.header("Strict-Transport-Security"))
                .startsWith("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(sessionCookie(viaProxy)).contains("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(spoofed.header("Strict-Transport-Security")).isNull();
        assertThat(sessionCookie(spoofed)).doesNotContain("Secure");
    }

    @Test
    void with_public_docs_switched_off_the_openapi_document_and_swagger_ui_need_a_sign_in() {
        BrowserLikeClient browser = new BrowserLikeClient(port, "127.0.0.196");
        for (String path : new String[] {"/api/docs/openapi.json", "/api/docs"}) {
            Response anonymous = browser.get(path, Map.of());
            assertThat(anonymous.status()).as(path).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(path).endsWith("/login");
            assertThat(anonymous.body()).doesNotContain("\"openapi\"");
        }

        assertThat(browser.signIn("analyst", "analyst").status()).isEqualTo(302);

        Response document = browser.get("/api/docs/openapi.json", Map.of());
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"");
        SecurityHeadersTest.hasSecurityHeaders(document);
    }

    @Test
    void a_signed_in_caller_is_limited_per_account_and_not_per_address() throws Exception {
        ApiTestClient first = new ApiTestClient(port, InetAddress.getByName("127.0.0.197"));
        String token = first.login("analyst", "analyst").get("access_token").asString();
        for (int i = 1; i <= 3; i++) {
            assertThat(first.get("/api/customers?size=1", token).status())
                    .as("request %d", i)
                    .isNotEqualTo(429);
        }
        assertThat(first.get("/api/customers?size=1", token).status())
                .as("the account's fourth")
                .isEqualTo(429);
        assertThat(first.get("/api/customers", null).status())
                .as("anonymous from the same address")
                .isEqualTo(401);

        ApiTestClient second = new ApiTestClient(port, InetAddress.getByName("127.0.0.198"));
        JsonNode otherSignIn = second.login("analyst", "analyst");
        assertThat(second.get(
                                "/api/customers?size=1",
                                otherSignIn.get("access_token").asString())
                        .status())
                .as("the same account from another address")
                .isEqualTo(429);
    }

    private static String sessionCookie(Response response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + response.headers().map()));
    }
}
