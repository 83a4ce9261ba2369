package io.portalops.security.api;

import static io.portalops.security.api.SsoBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.SsoTestProvider;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * OpenID Connect sign-in against a real provider in the test JVM (ADR 031): just-in-time accounts linked by (issuer,
 * subject), roles from the group mapping at every sign-in, refusals, and the browser sign-in it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SsoTestProvider.class)
class SsoSignInApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_first_sign_in_creates_the_account_with_the_mapped_roles_and_a_browser_sign_in() throws Exception {
        String subject = unique("first");
        SsoBrowser browser = new SsoBrowser(port);

        HttpResponse<String> done = browser.signIn(
                "corp",
                subject,
                claims(subject, "Fiona First", subject + "@corp.test", "corp-analysts", "corp-approvers", "sales"));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(location(done)).doesNotContain("login").doesNotContain("sso-refused");
        long id = accountOf("corp", subject);
        assertThat(roles(id)).containsExactlyInAnyOrder("ANALYST", "APPROVER");
        Map<String, Object> row = jdbc.queryForMap(
                "select username, display_name, email, password_hash, last_login_at " + "from account where id = ?",
                id);
        assertThat(row)
                .containsEntry("username", subject)
                .containsEntry("display_name", "Fiona First")
                .containsEntry("email", subject + "@corp.test")
                .containsEntry("password_hash", null);
        assertThat(row.get("last_login_at")).isNotNull();
        assertThat(browser.get("/customers").statusCode())
                .as("the session is signed in")
                .isEqualTo(200);
        assertThat(openBrowserSignIns(id)).as("tracked like a password sign-in").isEqualTo(1);
        assertThat(auditActions(id)).contains("account.provisioned", "auth.login");
        assertThat(jdbc.queryForObject(
                        "select details->>'provider' from audit_log where action = 'auth.login' "
                                + "and target_id = ? order by seq desc limit 1",
                        String.class,
                        Long.toString(id)))
                .isEqualTo("corp");
    }

    @Test
    void a_group_removed_at_the_provider_takes_the_role_away_at_the_next_sign_in_and_ends_the_earlier_one()
            throws Exception {
        String subject = unique("shrink");
        SsoBrowser first = new SsoBrowser(port);
        first.signIn("corp", subject, claims(subject, "Sam Shrink", null, "corp-analysts", "corp-approvers"));
        long id = accountOf("corp", subject);
        assertThat(first.get("/customers").statusCode()).isEqualTo(200);
        long version = credentialVersion(id);

        SsoBrowser second = new SsoBrowser(port);
        second.signIn("corp", subject, claims(subject, "Sam Shrink", null, "corp-analysts"));

        assertThat(roles(id)).containsExactly("ANALYST");
        assertThat(credentialVersion(id)).isGreaterThan(version);
        assertThat(first.get("/customers").statusCode())
                .as("the sign-in under the old roles ended")
                .isEqualTo(302);
        assertThat(second.get("/customers").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select details->>'source' from audit_log where action = 'account.roles_changed' "
                                + "and target_id = ? order by seq desc limit 1",
                        String.class,
                        Long.toString(id)))
                .isEqualTo("corp");
    }

    @Test
    void a_user_without_a_mapped_group_is_refused_with_a_page_that_says_why_and_gets_no_account() throws Exception {
        String subject = unique("nogroup");
        SsoBrowser browser = new SsoBrowser(port);

        HttpResponse<String> done = browser.signIn("corp", subject, claims(subject, "Nora None", null, "sales"));

        assertThat(location(done)).endsWith("/sso-refused?reason=portalops_no_mapped_group");
        assertThat(jdbc.queryForObject("select count(*) from account_link where subject = ?", Integer.class, subject))
                .isZero();
        assertThat(browser.get("/customers").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'auth.sso_refused' and details->>'subject' = ?",
                        Integer.class,
                        subject))
                .isEqualTo(1);
    }

    @Test
    void a_linked_user_who_lost_every_mapped_group_loses_the_roles_and_is_refused() throws Exception {
        String subject = unique("gone");
        new SsoBrowser(port).signIn("corp", subject, claims(subject, "Gus Gone", null, "corp-analysts"));
        long id = accountOf("corp", subject);

        HttpResponse<String> done = new SsoBrowser(port).signIn("corp", subject, claims(subject, "Gus Gone", null));

        assertThat(location(done)).contains("/sso-refused");
        assertThat(roles(id)).isEmpty();
    }

    @Test
    void the_same_email_and_name_at_another_issuer_do_not_take_over_the_account() throws Exception {
        String subject = unique("twin");
        String email = subject + "@shared.test";
        new SsoBrowser(port).signIn("corp", subject, claims(subject, "Tina Twin", email, "corp-admins"));
        long corpAccount = accountOf("corp", subject);

        // the same subject string, e-mail and preferred_username, but at another issuer: another person
        String partnerClaims = "{\"name\":\"Tina Twin\",\"preferred_username\":\"" + subject + "\",\"email\":\"" + email
                + "\",\"roles\":[\"PortalOps Analysts\"]}";
        SsoBrowser other = new SsoBrowser(port);
        other.signIn("partner", subject, partnerClaims);

        long partnerAccount = accountOf("partner", subject);
        assertThat(partnerAccount).isNotEqualTo(corpAccount);
        assertThat(roles(corpAccount)).containsExactly("ADMIN");
        assertThat(roles(partnerAccount)).containsExactly("ANALYST");
        assertThat(jdbc.queryForObject("select username from account where id = ?", String.class, partnerAccount))
                .isEqualTo(subject + ".partner");
    }

    @Test
    void an_id_token_past_its_expiry_is_refused_and_creates_nothing() throws Exception {
        String subject = unique("expired");
        SsoTestProvider.server()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        "corp",
                        subject,
                        "JWT",
                        List.of(SsoTestProvider.CORP_CLIENT),
                        Map.of("groups", List.of("corp-analysts")),
                        -600));
        SsoBrowser browser = new SsoBrowser(port);

        HttpResponse<String> done =
                browser.signIn("corp", subject, claims(subject, "Ed Expired", null, "corp-analysts"));

        assertThat(location(done)).endsWith("/login?sso-error");
        assertThat(jdbc.queryForObject("select count(*) from account_link where subject = ?", Integer.class, subject))
                .isZero();
        assertThat(browser.get("/customers").statusCode()).isEqualTo(302);
    }

    @Test
    void a_forged_callback_without_a_matching_authorization_request_is_refused() throws Exception {
        SsoBrowser browser = new SsoBrowser(port);
        HttpResponse<String> done = browser.get("/login/oauth2/code/corp?code=forged&state=forged");
        assertThat(location(done)).endsWith("/login?sso-error");
        assertThat(browser.get("/customers").statusCode()).isEqualTo(302);
    }

    @Test
    void a_subject_longer_than_openid_connect_allows_is_refused_and_nothing_is_stored() throws Exception {
        // OpenID Connect Core caps sub at 255 characters, the width of account_link.subject: a longer one is refused
        // rather than cut, since two cut subjects could then name one account
        String subject = unique("long") + "x".repeat(300);
        SsoBrowser browser = new SsoBrowser(port);

        HttpResponse<String> done =
                browser.signIn("corp", subject, claims(subject.substring(0, 40), "Lou Long", null, "corp-admins"));

        assertThat(location(done)).endsWith("/sso-refused?reason=portalops_invalid_subject");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_link where subject = left(?, 255)", Integer.class, subject))
                .isZero();
        assertThat(browser.get("/customers").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'auth.sso_refused' and details->>'subject' = ?",
                        Integer.class,
                        subject.substring(0, 255)))
                .as("the refusal is on the audit log, with the subject cut to its column")
                .isEqualTo(1);
    }

    @Test
    void parallel_first_sign_ins_of_one_new_user_all_get_in_as_one_account() throws Exception {
        // the first sign-in provisions the account; several at once (two tabs, a double click) race on the link and
        // the username: the losers find the winner's account instead of failing
        String subject = unique("race");
        int parallel = 4;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(parallel);
        List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                answers.add(threads.submit(() -> new SsoBrowser(port)
                        .signIn("corp", subject, claims(subject, "Rae Race", null, "corp-analysts"), together)));
            }
        }
        for (var answer : answers) {
            assertThat(location(answer.get())).as("each sign-in gets in").doesNotContain("sso-error", "sso-refused");
        }
        assertThat(jdbc.queryForObject("select count(*) from account_link where subject = ?", Integer.class, subject))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'account.provisioned' and details->>'subject' = ?",
                        Integer.class,
                        subject))
                .as("provisioned once")
                .isEqualTo(1);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String claims(String subject, String name, String email, String... groups) {
        StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\",\"preferred_username\":\"" + subject + "\"");
        if (email != null) {
            json.append(",\"email\":\"").append(email).append('"');
        }
        json.append(",\"groups\":[");
        for (int i = 0; i < groups.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(groups[i]).append('"');
        }
        return json.append("]}").toString();
    }

    long accountOf(String provider, String subject) {
        return jdbc.queryForObject(
                "select account_id from account_link where provider_id = ? and subject = ?",
                Long.class,
                provider,
                subject);
    }

    Set<String> roles(long id) {
        return Set.copyOf(jdbc.queryForList("select role from account_role where account_id = ?", String.class, id));
    }

    long credentialVersion(long id) {
        return jdbc.queryForObject("select credential_version from account where id = ?", Long.class, id);
    }

    int openBrowserSignIns(long id) {
        return jdbc.queryForObject(
                "select count(*) from sign_in where account_id = ? and kind = 'BROWSER' and ended_at is null",
                Integer.class,
                id);
    }

    List<String> auditActions(long id) {
        return jdbc.queryForList(
                "select action from audit_log where target_type = 'account' and target_id = ? order by seq",
                String.class,
                Long.toString(id));
    }
}
