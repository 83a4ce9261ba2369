package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.Role;
import io.portalops.security.api.TestAccounts.Created;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;

/**
 * Issue #17 part 1 over real HTTP: a password reset, one's own password change, a disable and a role change each end
 * every API sign-in of the account at once, access tokens included; families die at an absolute age (ADR 017).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CredentialChangeApiTest {

    private static final String PROTECTED = "/api/customers?size=1";
    private static final String NEW_PASSWORD = "Another-Long-Phrase-9917";
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS =
            new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder jwtEncoder;

    ApiTestClient api;
    TestAccounts fixtures;

    @BeforeEach
    void setUp() throws Exception {
        // an address of its own per test, so that this class's hundreds of requests eat no one's rate limit
        api = new ApiTestClient(port, InetAddress.getByName("127.0.23." + NEXT_ADDRESS.incrementAndGet()));
        fixtures = new TestAccounts(accountService, users, jdbc);
    }

    @Test
    void an_admin_password_reset_ends_every_access_and_refresh_token_of_the_account_at_once() {
        Created account = fixtures.create("reset", Role.ANALYST);
        List<JsonNode> signIns = List.of(signIn(account), signIn(account));
        String admin = api.accessToken("admin");

        Response reset =
                api.post("/api/accounts/" + account.id() + "/reset-password", Map.of("password", NEW_PASSWORD), admin);

        assertThat(reset.status()).isEqualTo(200);
        for (JsonNode pair : signIns) {
            assertRefused(pair);
        }
        assertThat(fixtures.openSignIns(account.id())).isZero();
    }

    @Test
    void changing_ones_own_password_ends_every_api_sign_in_of_the_account_at_once() {
        Created account = fixtures.create("ownchange", Role.ANALYST);
        List<JsonNode> signIns = List.of(signIn(account), signIn(account));

        users.run(account.username(), () -> accountService.changeOwnPassword(TestAccounts.PASSWORD, NEW_PASSWORD));

        for (JsonNode pair : signIns) {
            assertRefused(pair);
        }
        assertThat(api.login(account.username(), NEW_PASSWORD)
                        .get("access_token")
                        .asString())
                .isNotBlank();
    }

    @Test
    void disabling_an_account_ends_its_tokens_at_once_and_enabling_it_again_brings_none_back() {
        Created account = fixtures.create("disable", Role.ANALYST);
        JsonNode pair = signIn(account);
        String admin = api.accessToken("admin");

        assertThat(put(account, admin, List.of("ANALYST"), false).status()).isEqualTo(200);
        assertRefused(pair);
        assertThat(put(account, admin, List.of("ANALYST"), true).status()).isEqualTo(200);

        assertRefused(pair);
        assertThat(fixtures.openSignIns(account.id())).isZero();
    }

    @Test
    void a_role_change_ends_every_token_of_the_account_at_once_but_a_name_change_ends_none() {
        Created account = fixtures.create("roles", Role.ANALYST);
        JsonNode pair = signIn(account);
        String admin = api.accessToken("admin");

        Response rename = api.put(
                "/api/accounts/" + account.id(),
                Map.of("displayName", "Renamed", "roles", List.of("ANALYST"), "enabled", true),
                admin);
        assertThat(rename.status()).isEqualTo(200);
        assertThat(api.get(PROTECTED, pair.get("access_token").asString()).status())
                .as("a name is no credential")
                .isEqualTo(200);

        assertThat(put(account, admin, List.of("ANALYST", "APPROVER"), true).status())
                .isEqualTo(200);

        assertRefused(pair);
        JsonNode again = signIn(account);
        assertThat(api.get(PROTECTED, again.get("access_token").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void a_token_issued_in_the_same_second_as_a_change_but_under_the_old_credentials_is_refused() {
        Created account = fixtures.create("samesecond", Role.ANALYST);
        long before = fixtures.credentialVersion(account.id());
        users.run(
                "admin", () -> accountService.changeRoles(account.id(), java.util.Set.of(Role.ANALYST, Role.AUDITOR)));
        Instant changedAt = jdbc.queryForObject(
                        "select tokens_valid_after from account where id = ?", Timestamp.class, account.id())
                .toInstant();
        api.login(account.username(), TestAccounts.PASSWORD);
        UUID family = family(account);

        // iat has whole seconds: a token of the change's own second looks as young as one issued right after it
        String oldVersion = forge(account, family, before, changedAt.truncatedTo(ChronoUnit.SECONDS));
        String currentVersion = forge(account, family, before + 1, changedAt.truncatedTo(ChronoUnit.SECONDS));

        assertThat(api.get(PROTECTED, oldVersion).status()).isEqualTo(401);
        assertThat(api.get(PROTECTED, currentVersion).status()).isEqualTo(200);
    }

    @Test
    void an_account_that_must_change_its_password_gets_403_from_the_token_and_the_refresh_endpoint() {
        Created account = fixtures.create("mustchange", Role.ANALYST);
        JsonNode pair = signIn(account);
        users.run("admin", () -> accountService.resetPassword(account.id(), NEW_PASSWORD));

        Response token =
                api.post("/api/auth/token", Map.of("username", account.username(), "password", NEW_PASSWORD), null);
        Response refresh = refresh(pair);

        for (Response response : List.of(token, refresh)) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("must change its password");
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    @Test
    void a_refresh_family_ends_at_its_absolute_age_however_often_it_rotates() {
        Created account = fixtures.create("maxage", Role.ANALYST);
        JsonNode pair = signIn(account);
        UUID family = family(account);
        // twenty days into the family's life every rotation would renew 14 days; the family has only ten left
        jdbc.update("update sign_in set started_at = started_at - interval '20 days' where id = ?", family);
        Instant deadline = jdbc.queryForObject(
                        "select started_at + interval '30 days' from sign_in where id = ?", Timestamp.class, family)
                .toInstant();
        for (int rotation = 0; rotation < 3; rotation++) {
            Response rotated = refresh(pair);
            assertThat(rotated.status()).isEqualTo(200);
            pair = rotated.json();
        }
        Instant newestExpiry = jdbc.queryForObject(
                        "select expires_at from refresh_token where family_id = ? order by id desc limit 1",
                        Timestamp.class,
                        family)
                .toInstant();
        assertThat(newestExpiry).isEqualTo(deadline);

        jdbc.update("update sign_in set started_at = started_at - interval '10 days' where id = ?", family);
        Response tooOld = refresh(pair);

        assertThat(tooOld.status()).isEqualTo(401);
        assertThat(tooOld.json().get("detail").asString()).contains("maximum age");
        assertThat(refresh(pair).status()).isEqualTo(401);
    }

    @Test
    void a_password_reset_racing_with_refreshes_leaves_no_usable_sign_in() throws Exception {
        for (int round = 0; round < 3; round++) {
            Created account = fixtures.create("race" + round, Role.ANALYST);
            List<JsonNode> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(signIn(account));
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<List<JsonNode>>> chains = new ArrayList<>();
                for (JsonNode start : starts) {
                    chains.add(pool.submit(() -> {
                        go.await();
                        List<JsonNode> obtained = new ArrayList<>(List.of(start));
                        JsonNode current = start;
                        for (int step = 0; step < 4; step++) {
                            Response rotated = refresh(current);
                            if (rotated.status() != 200) {
                                assertThat(rotated.status())
                                        .as(rotated.toString())
                                        .isIn(401, 403);
                                break;
                            }
                            current = rotated.json();
                            obtained.add(current);
                        }
                        return obtained;
                    }));
                }
                Future<?> reset = pool.submit(() -> {
                    go.await();
                    users.run("admin", () -> accountService.resetPassword(account.id(), NEW_PASSWORD));
                    return null;
                });
                go.countDown();
                reset.get(60, TimeUnit.SECONDS);
                for (Future<List<JsonNode>> chain : chains) {
                    for (JsonNode pair : chain.get(60, TimeUnit.SECONDS)) {
                        assertThat(api.get(PROTECTED, pair.get("access_token").asString())
                                        .status())
                                .as("round %d: an access token from before or during the reset", round)
                                .isEqualTo(401);
                        assertThat(refresh(pair).status())
                                .as("round %d: a refresh token from before or during the reset", round)
                                .isIn(401, 403);
                    }
                }
                assertThat(fixtures.openSignIns(account.id())).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private JsonNode signIn(Created account) {
        JsonNode pair = api.login(account.username(), TestAccounts.PASSWORD);
        assertThat(api.get(PROTECTED, pair.get("access_token").asString()).status())
                .isEqualTo(200);
        assertThat(refresh(pair).status())
                .as("a working refresh before the change")
                .isEqualTo(200);
        // the refresh above rotated the pair: sign in again so that the caller holds an unused one
        JsonNode fresh = api.login(account.username(), TestAccounts.PASSWORD);
        assertThat(api.get(PROTECTED, fresh.get("access_token").asString()).status())
                .isEqualTo(200);
        return fresh;
    }

    private UUID family(Created account) {
        return UUID.fromString(jdbc.queryForObject(
                "select id::text from sign_in where account_id = ? and ended_at is null order by started_at desc limit 1",
                String.class,
                account.id()));
    }

    private void assertRefused(JsonNode pair) {
        Response access = api.get(PROTECTED, pair.get("access_token").asString());
        assertThat(access.status()).as("the access token").isEqualTo(401);
        assertThat(access.contentType()).startsWith("application/problem+json");
        Response refreshed = refresh(pair);
        assertThat(refreshed.status()).as("the refresh token: %s", refreshed).isIn(401, 403);
        assertThat(refreshed.body()).doesNotContain("access_token");
    }

    private Response put(Created account, String admin, List<String> roles, boolean enabled) {
        return api.put(
                "/api/accounts/" + account.id(),
                Map.of("displayName", "Test " + account.username(), "roles", roles, "enabled", enabled),
                admin);
    }

    private Response refresh(JsonNode pair) {
        return api.post(
                "/api/auth/refresh",
                Map.of("refresh_token", pair.get("refresh_token").asString()),
                null);
    }

    private String forge(Created account, UUID family, long credentialVersion, Instant issuedAt) {
        return jwtEncoder
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(),
                        JwtClaimsSet.builder()
                                .issuer("portalops")
                                .subject(account.username())
                                .issuedAt(issuedAt)
                                .expiresAt(issuedAt.plusSeconds(900))
                                .claim("uid", account.id())
                                .claim("fid", family.toString())
                                .claim("cv", credentialVersion)
                                .build()))
                .getTokenValue();
    }
}
