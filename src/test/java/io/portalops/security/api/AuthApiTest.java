package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthApiTest {

    /** Any authenticated request that answers 200 with a working token: analysts read customers. */
    private static final String PROTECTED = "/api/customers?size=1";

    private static final String PASSWORD = "Correct-Horse-Battery-42";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder jwtEncoder;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    @Test
    void a_token_pair_is_issued_for_correct_credentials_and_the_access_token_opens_the_api() {
        Response response = api.post("/api/auth/token", Map.of("username", "analyst", "password", "analyst"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode tokens = response.json();
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(15 * 60);
        assertThat(tokens.get("access_token").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(tokens.get("refresh_token").asString())
                .isNotBlank()
                .isNotEqualTo(tokens.get("access_token").asString());

        assertThat(api.get(PROTECTED, tokens.get("access_token").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void a_wrong_password_answers_401_problem_json_that_does_not_tell_which_part_was_wrong() {
        String username = createAccount("wrongpw", false);

        Response wrongPassword =
                api.post("/api/auth/token", Map.of("username", username, "password", "not-the-password"), null);
        Response unknownUser = api.post(
                "/api/auth/token", Map.of("username", "nobody-" + UUID.randomUUID(), "password", PASSWORD), null);

        for (Response response : new Response[] {wrongPassword, unknownUser}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(401);
            assertThat(response.body()).doesNotContain("access_token");
        }
        assertThat(wrongPassword.json().get("detail"))
                .isEqualTo(unknownUser.json().get("detail"));
    }

    @Test
    void a_refresh_rotates_the_pair_and_the_old_refresh_token_is_refused() {
        JsonNode first = api.login("analyst", "analyst");

        Response refreshed = refresh(first.get("refresh_token").asString());

        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode second = refreshed.json();
        assertThat(second.get("refresh_token").asString())
                .isNotEqualTo(first.get("refresh_token").asString());
        assertThat(second.get("access_token").asString())
                .isNotEqualTo(first.get("access_token").asString());
        assertThat(api.get(PROTECTED, second.get("access_token").asString()).status())
                .isEqualTo(200);

        Response replay = refresh(first.get("refresh_token").asString());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat(replay.body()).doesNotContain("access_token");
    }

    @Test
    void replaying_a_used_refresh_token_revokes_the_whole_family_including_the_newest_access_token() {
        JsonNode first = api.login("analyst", "analyst");
        JsonNode second = refresh(first.get("refresh_token").asString()).json();
        JsonNode third = refresh(second.get("refresh_token").asString()).json();
        String newestAccess = third.get("access_token").asString();
        assertThat(api.get(PROTECTED, newestAccess).status()).isEqualTo(200);
        JsonNode otherSignIn = api.login("analyst", "analyst");

        assertThat(refresh(first.get("refresh_token").asString()).status()).isEqualTo(401);

        assertThat(refresh(third.get("refresh_token").asString()).status()).isEqualTo(401);
        Response withNewestAccess = api.get(PROTECTED, newestAccess);
        assertThat(withNewestAccess.status()).isEqualTo(401);
        assertThat(withNewestAccess.contentType()).startsWith("application/problem+json");
        // another sign-in of the same account is a different family and keeps working
        assertThat(api.get(PROTECTED, otherSignIn.get("access_token").asString())
                        .status())
                .isEqualTo(200);
        assertThat(refresh(otherSignIn.get("refresh_token").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void logout_revokes_the_refresh_token_and_the_access_token_of_the_sign_in() {
        JsonNode tokens = api.login("analyst", "analyst");
        String access = tokens.get("access_token").asString();
        assertThat(api.get(PROTECTED, access).status()).isEqualTo(200);

        Response logout = api.post(
                "/api/auth/logout",
                Map.of("refresh_token", tokens.get("refresh_token").asString()),
                null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(tokens.get("refresh_token").asString()).status()).isEqualTo(401);
        assertThat(api.get(PROTECTED, access).status()).isEqualTo(401);
    }

    @Test
    void an_account_that_must_change_its_password_gets_403_from_the_token_endpoint() {
        String username = createAccount("mustchange", true);

        Response response = api.post("/api/auth/token", Map.of("username", username, "password", PASSWORD), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void garbage_tampered_and_expired_bearer_tokens_answer_401_problem_json() {
        String valid = api.accessToken("analyst");
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forgedPayload = payload.replace("\"sub\":\"analyst\"", "\"sub\":\"admin\"");
        assertThat(forgedPayload).isNotEqualTo(payload);
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        String unsigned = parts[0] + "." + parts[1] + ".";
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
        String expired = jwtEncoder
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(),
                        JwtClaimsSet.builder()
                                .issuer("portalops")
                                .subject("analyst")
                                .issuedAt(past.minusSeconds(900))
                                .expiresAt(past)
                                .claim(
                                        "uid",
                                        jdbc.queryForObject(
                                                "select id from account where username = 'analyst'", Long.class))
                                .claim("fid", UUID.randomUUID().toString())
                                .build()))
                .getTokenValue();
        assertThat(api.get(PROTECTED, valid).status()).isEqualTo(200);

        for (String token : new String[] {"garbage", tampered, unsigned, expired}) {
            Response response = api.get(PROTECTED, token);
            assertThat(response.status()).as("token %s", token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.json().get("status").asInt()).isEqualTo(401);
        }
    }

    private Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refresh_token", refreshToken), null);
    }

    /** A fresh account with {@link #PASSWORD}, created the way an admin creates one; unique so no test shares it. */
    private String createAccount(String prefix, boolean mustChangePassword) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserDetails admin = userDetailsService.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            accountService.create(new NewAccount(username, "Test " + username, null, Set.of(Role.ANALYST), PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        jdbc.update("update account set must_change_password = ? where username = ?", mustChangePassword, username);
        return username;
    }
}
