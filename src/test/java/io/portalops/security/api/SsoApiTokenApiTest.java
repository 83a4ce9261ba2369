package io.portalops.security.api;

import static io.portalops.security.api.SsoSignInApiTest.claims;
import static io.portalops.security.api.SsoSignInApiTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.SsoTestProvider;
import io.portalops.TestUsers;
import io.portalops.security.AccountLinks;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@code /api/**} with access tokens from a configured provider (docs/security/sso-api.md): the linked account and its
 * roles; an unknown subject, another audience, an unknown issuer or an unlinked account answer 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SsoTestProvider.class)
class SsoApiTokenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountLinks links;

    @Autowired
    TestUsers users;

    ApiTestClient api() {
        return new ApiTestClient(port);
    }

    @Test
    void a_providers_access_token_acts_as_the_linked_account_with_its_roles() throws Exception {
        String subject = linkedAnalyst("apiuser");

        String token = corpToken(subject, SsoTestProvider.CORP_CLIENT);

        assertThat(api().get("/api/customers?size=1", token).status()).isEqualTo(200);
        assertThat(api().get("/api/accounts", token).status())
                .as("an analyst is no admin")
                .isEqualTo(403);
    }

    @Test
    void an_access_token_for_a_subject_without_an_account_is_refused() {
        ApiTestClient.Response response =
                api().get("/api/customers?size=1", corpToken(unique("stranger"), SsoTestProvider.CORP_CLIENT));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_access_token_for_another_audience_is_refused() throws Exception {
        String subject = linkedAnalyst("otheraud");
        assertThat(api().get("/api/customers?size=1", corpToken(subject, "some-other-app"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void an_access_token_of_an_issuer_that_is_not_configured_is_refused() throws Exception {
        String subject = linkedAnalyst("foreign");
        // a second, unconfigured issuer on the same server, and a whole other server: neither is trusted
        String sameServer = SsoTestProvider.server()
                .issueToken(
                        "stranger",
                        SsoTestProvider.CORP_CLIENT,
                        new DefaultOAuth2TokenCallback(
                                "stranger", subject, "JWT", List.of(SsoTestProvider.CORP_CLIENT), Map.of(), 300))
                .serialize();
        assertThat(api().get("/api/customers?size=1", sameServer).status()).isEqualTo(401);

        MockOAuth2Server other = new MockOAuth2Server(new OAuth2Config());
        other.start();
        try {
            String foreign = other.issueToken(
                            "corp",
                            SsoTestProvider.CORP_CLIENT,
                            new DefaultOAuth2TokenCallback(
                                    "corp", subject, "JWT", List.of(SsoTestProvider.CORP_CLIENT), Map.of(), 300))
                    .serialize();
            assertThat(api().get("/api/customers?size=1", foreign).status()).isEqualTo(401);
        } finally {
            other.shutdown();
        }
    }

    @Test
    void a_token_whose_issuer_is_longer_than_any_configured_one_is_refused_with_a_problem() throws Exception {
        String subject = linkedAnalyst("longissuer");
        // signed by the configured provider's own server and keys, under an issuer far longer than account_link.issuer
        String token = SsoTestProvider.server()
                .issueToken(
                        "corp" + "x".repeat(2_000),
                        SsoTestProvider.CORP_CLIENT,
                        new DefaultOAuth2TokenCallback(
                                "corp", subject, "JWT", List.of(SsoTestProvider.CORP_CLIENT), Map.of(), 300))
                .serialize();
        ApiTestClient.Response refused = api().get("/api/customers?size=1", token);
        assertThat(refused.status()).as("%s", refused).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unlinked_account_no_longer_answers_to_the_providers_tokens_and_the_unlink_is_audited() throws Exception {
        String subject = linkedAnalyst("unlinked");
        long id = jdbc.queryForObject("select account_id from account_link where subject = ?", Long.class, subject);
        String token = corpToken(subject, SsoTestProvider.CORP_CLIENT);
        assertThat(api().get("/api/customers?size=1", token).status()).isEqualTo(200);

        users.run("admin", () -> links.unlink(id));

        assertThat(api().get("/api/customers?size=1", token).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'account.unlinked' and target_id = ?",
                        Integer.class,
                        Long.toString(id)))
                .isEqualTo(1);
    }

    @Test
    void an_sso_account_cannot_get_a_token_with_a_password_and_typing_its_name_locks_nothing() throws Exception {
        String subject = linkedAnalyst("nopassword");
        for (int i = 0; i < 7; i++) {
            assertThat(api().post("/api/auth/token", Map.of("username", subject, "password", "whatever-" + i), null)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(jdbc.queryForObject(
                        "select failed_attempts from account where username = ?", Integer.class, subject))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select locked_until is null from account where username = ?", Boolean.class, subject))
                .isTrue();
    }

    private String linkedAnalyst(String prefix) throws Exception {
        String subject = unique(prefix);
        new SsoBrowser(port).signIn("corp", subject, claims(subject, "Api " + prefix, null, "corp-analysts"));
        return subject;
    }

    private static String corpToken(String subject, String audience) {
        return SsoTestProvider.server()
                .issueToken(
                        "corp",
                        SsoTestProvider.CORP_CLIENT,
                        new DefaultOAuth2TokenCallback("corp", subject, "JWT", List.of(audience), Map.of(), 300))
                .serialize();
    }
}
