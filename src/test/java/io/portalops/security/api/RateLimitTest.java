package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Its own context with a tiny limit, so that no other test class shares (or drains) its buckets. The bucket refills
 * over an hour, not a minute: one token every 12 minutes, so however slow the machine, no token comes back between
 * the requests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portalops.api.rate-limit.per-minute=5", "portalops.api.rate-limit.refill-period=PT1H"})
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void the_sixth_api_request_from_one_client_within_the_refill_period_gets_429_with_retry_after_and_a_problem_body() {
        ApiTestClient api = new ApiTestClient(port);

        for (int request = 1; request <= 5; request++) {
            Response allowed = api.get("/api/customers", null);
            assertThat(allowed.status()).as("request %d", request).isEqualTo(401);
            assertThat(allowed.header("X-RateLimit-Remaining"))
                    .as("request %d", request)
                    .isEqualTo(Integer.toString(5 - request));
            assertThat(allowed.header("Retry-After")).isNull();
        }

        // the limit is per client, not per endpoint: even a correct login is refused now
        Response refused = api.post("/api/auth/token", Map.of("username", "analyst", "password", "analyst"), null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull().matches("\\d+");
        // the next of 5 tokens an hour comes 12 minutes after the first was taken
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(600L, 720L);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains("5");
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void the_login_form_shares_the_token_endpoint_s_budget_per_address() throws Exception {
        ApiTestClient api = new ApiTestClient(port, java.net.InetAddress.getByName("127.0.0.189"));
        BrowserLikeClient form = new BrowserLikeClient(port, "127.0.0.189");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/auth/token", Map.of("username", "nobody-" + i, "password", "x"), null)
                            .status())
                    .isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(form.signIn("nobody-form-" + i, "x").status())
                    .as("form post %d", i)
                    .isEqualTo(302);
        }

        Response refused = form.signIn("analyst", "analyst");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
        assertThat(refused.headers().allValues("Set-Cookie"))
                .as("not signed in")
                .noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void the_calendar_feed_draws_on_the_same_per_address_budget_without_a_session() throws Exception {
        ApiTestClient client = new ApiTestClient(port, java.net.InetAddress.getByName("127.0.0.190"));
        URI feed = URI.create("http://127.0.0.1:" + port + "/calendar/" + "A".repeat(43) + ".ics");
        for (int request = 1; request <= 5; request++) {
            Response answer = client.get(feed);
            assertThat(answer.status()).as("request %d", request).isEqualTo(404);
            assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(5 - request));
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }

        Response refused = client.get(feed);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
    }
}
