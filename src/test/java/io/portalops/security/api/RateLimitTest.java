package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A tiny limit: {@value BehindProxyContext#PER_HOUR} requests per bucket, refilled over an hour, so however slow the
 * machine, no token comes back between the requests. The context is shared with {@link BehindProxyTest}
 * ({@link BehindProxyContext}); every test here uses a loopback address of its own, which no other test uses, so no
 * test shares (or drains) its buckets.
 */
@BehindProxyContext
class RateLimitTest {

    static final int LIMIT = BehindProxyContext.PER_HOUR;

    @LocalServerPort
    int port;

    @Test
    void an_api_request_over_the_limit_from_one_client_gets_429_with_retry_after_and_a_problem_body() throws Exception {
        ApiTestClient api = new ApiTestClient(port, InetAddress.getByName("127.0.0.191"));

        for (int request = 1; request <= LIMIT; request++) {
            Response allowed = api.get("/api/customers", null);
            assertThat(allowed.status()).as("request %d", request).isEqualTo(401);
            assertThat(allowed.header("X-RateLimit-Remaining"))
                    .as("request %d", request)
                    .isEqualTo(Integer.toString(LIMIT - request));
            assertThat(allowed.header("Retry-After")).isNull();
        }

        // the limit is per client, not per endpoint: even a correct login is refused now
        Response refused = api.post("/api/auth/token", Map.of("username", "analyst", "password", "analyst"), null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull().matches("\\d+");
        // the next of 3 tokens an hour comes 20 minutes after the first was taken
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1080L, 1200L);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(Integer.toString(LIMIT));
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void the_login_form_shares_the_token_endpoint_s_budget_per_address() throws Exception {
        ApiTestClient api = new ApiTestClient(port, InetAddress.getByName("127.0.0.189"));
        BrowserLikeClient form = new BrowserLikeClient(port, "127.0.0.189");
        // two of the three tokens at the token endpoint, the last one at the form
        for (int i = 0; i < LIMIT - 1; i++) {
            assertThat(api.post("/api/auth/token", Map.of("username", "nobody-" + i, "password", "x"), null)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(form.signIn("nobody-form", "x").status()).as("form post").isEqualTo(302);

        Response refused = form.signIn("analyst", "analyst");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
        assertThat(refused.headers().allValues("Set-Cookie"))
                .as("not signed in")
                .noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void the_calendar_feed_draws_on_the_same_per_address_budget_without_a_session() throws Exception {
        ApiTestClient client = new ApiTestClient(port, InetAddress.getByName("127.0.0.192"));
        URI feed = URI.create("http://127.0.0.1:" + port + "/calendar/" + "A".repeat(43) + ".ics");
        for (int request = 1; request <= LIMIT; request++) {
            Response answer = client.get(feed);
            assertThat(answer.status()).as("request %d", request).isEqualTo(404);
            assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(LIMIT - request));
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }

        Response refused = client.get(feed);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
    }
}
