package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The sign-in lockout over real HTTP (ADR 018): it holds under a parallel burst, a waiting account answers exactly
 * like a wrong password, and it only stops new password sign-ins. Each test connects from loopback addresses of its
 * own, so the per-address delay it causes touches no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInLockoutTest {

    private static final String PASSWORD = "Correct-Horse-Battery-42";
    private static final String PROTECTED = "/api/customers?size=1";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient from(String address) throws Exception {
        return new ApiTestClient(port, InetAddress.getByName(address));
    }

    String newAccount(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Test " + username, null, Set.of(Role.ANALYST), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    Response token(ApiTestClient client, String username, String password) {
        return client.post("/api/auth/token", Map.of("username", username, "password", password), null);
    }

    boolean locked(String username) {
        Timestamp until =
                jdbc.queryForObject("select locked_until from account where username = ?", Timestamp.class, username);
        return until != null && until.toInstant().isAfter(Instant.now());
    }

    @Test
    void forty_parallel_wrong_passwords_lock_the_account_and_a_correct_password_sent_in_the_middle_is_refused()
            throws Exception {
        String username = newAccount("burst");
        ApiTestClient attacker = from("127.0.0.181");
        ApiTestClient owner = from("127.0.0.182");
        ExecutorService pool = Executors.newFixedThreadPool(41);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch halfAnswered = new CountDownLatch(20);
        try {
            List<CompletableFuture<Response>> wrong = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = "wrong-" + i;
                wrong.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(go);
                            Response response = token(attacker, username, password);
                            halfAnswered.countDown();
                            return response;
                        },
                        pool));
            }
            CompletableFuture<Response> correct = CompletableFuture.supplyAsync(
                    () -> {
                        await(halfAnswered);
                        return token(owner, username, PASSWORD);
                    },
                    pool);
            go.countDown();

            List<Response> answers =
                    new ArrayList<>(wrong.stream().map(CompletableFuture::join).toList());
            Response correctAnswer = correct.join();
            answers.add(correctAnswer);

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).as("%s", answer).isIn(401, 429);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.body()).doesNotContain("access_token");
            });
            assertThat(correctAnswer.status())
                    .as("the correct password, from another address, while the account waits")
                    .isEqualTo(401);
            assertThat(locked(username)).isTrue();
            assertThat(jdbc.queryForObject(
                            "select failed_attempts from account where username = ?", Integer.class, username))
                    .isGreaterThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_waiting_account_answers_the_correct_password_exactly_like_a_wrong_one_and_as_slowly() throws Exception {
        String username = newAccount("same");
        ApiTestClient client = from("127.0.0.183");
        for (int i = 0; i < 5; i++) {
            assertThat(token(client, username, "wrong-" + i).status()).isEqualTo(401);
        }
        assertThat(locked(username)).isTrue();

        List<Long> correctNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        Response correct = null;
        Response wrong = null;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            correct = token(client, username, PASSWORD);
            long t1 = System.nanoTime();
            wrong = token(client, "nobody-" + UUID.randomUUID(), "guess-" + round);
            long t2 = System.nanoTime();
            correctNanos.add(t1 - t0);
            unknownNanos.add(t2 - t1);
        }

        assertThat(correct.status()).isEqualTo(401);
        assertThat(correct.contentType()).isEqualTo(wrong.contentType());
        assertThat(correct.body()).isEqualTo(wrong.body());
        // a refusal that skips the password check takes a few ms; one that hashes (as for an unknown name) tens of ms
        assertThat(median(correctNanos))
                .as("median nanos of the correct password vs an unknown name's %s", median(unknownNanos))
                .isGreaterThan(median(unknownNanos) / 2);
    }

    @Test
    void a_lock_stops_new_password_sign_ins_but_ends_no_existing_sign_in_and_an_unlock_lets_the_owner_in_again()
            throws Exception {
        String username = newAccount("keep");
        ApiTestClient owner = from("127.0.0.184");
        JsonNode before = owner.login(username, PASSWORD);
        ApiTestClient attacker = from("127.0.0.185");
        for (int i = 0; i < 5; i++) {
            token(attacker, username, "wrong-" + i);
        }
        assertThat(locked(username)).isTrue();

        assertThat(owner.get(PROTECTED, before.get("access_token").asString()).status())
                .as("existing access token")
                .isEqualTo(200);
        Response refreshed = owner.post(
                "/api/auth/refresh",
                Map.of("refresh_token", before.get("refresh_token").asString()),
                null);
        assertThat(refreshed.status()).as("existing refresh family").isEqualTo(200);
        assertThat(owner.get(PROTECTED, refreshed.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);
        assertThat(token(owner, username, PASSWORD).status())
                .as("a new password sign-in")
                .isEqualTo(401);

        long id = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        users.run("admin", () -> accounts.unlock(id));

        assertThat(token(owner, username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void an_address_that_failed_twenty_times_waits_with_429_while_the_same_account_signs_in_from_elsewhere()
            throws Exception {
        String username = newAccount("spray");
        ApiTestClient sprayer = from("127.0.0.186");
        for (int i = 0; i < 20; i++) {
            assertThat(token(sprayer, "nobody-" + UUID.randomUUID(), "guess-" + i)
                            .status())
                    .isEqualTo(401);
        }

        Response waiting = token(sprayer, username, PASSWORD);

        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(waiting.header("Retry-After"))).isBetween(1L, 61L);
        assertThat(waiting.body()).doesNotContain("access_token");
        assertThat(token(from("127.0.0.187"), username, PASSWORD).status()).isEqualTo(200);
        assertThat(locked(username))
                .as("an address's failures never lock an account")
                .isFalse();
    }

    @Test
    void failures_in_the_login_form_count_against_the_client_address_like_those_of_the_token_endpoint()
            throws Exception {
        String username = newAccount("form");
        BrowserLikeClient browser = new BrowserLikeClient(port, "127.0.0.188");
        for (int i = 0; i < 20; i++) {
            Response refused = browser.signIn("nobody-" + UUID.randomUUID(), "guess-" + i);
            assertThat(refused.status()).isEqualTo(302);
            assertThat(refused.header("Location")).endsWith("/login?error");
        }

        Response api = token(from("127.0.0.188"), username, PASSWORD);
        Response form = browser.signIn(username, PASSWORD);

        assertThat(api.status()).as("the token endpoint from the same address").isEqualTo(429);
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.header("Location")).as("the form from the same address").endsWith("/login?error");
        assertThat(locked(username)).isFalse();
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
