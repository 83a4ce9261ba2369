package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The service side of ADR 017: what the browser filter and the credential changes decide, without HTTP. */
@SpringBootTest
class SignInServiceTest {

    private static final SignInClient BROWSER = new SignInClient("Mozilla/5.0", "10.0.0.1");
    private static final String PASSWORD = "Correct-Horse-Battery-42";
    private static final String NEW_PASSWORD = "Fresh-Long-Passphrase-3381";

    @Autowired
    AccountService accounts;

    @Autowired
    SignInService signIns;

    @Autowired
    TokenService tokens;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void changing_ones_own_password_keeps_the_browser_sign_in_in_use_and_ends_every_other() {
        String username = account();
        AccountUserDetails atLogin = userDetails.loadUserByUsername(username);
        UUID inUse = signIns.checkBrowser(null, atLogin, BROWSER).orElseThrow();
        UUID otherBrowser = signIns.checkBrowser(null, atLogin, BROWSER).orElseThrow();
        tokens.issue(atLogin);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true).setAttribute(SignInService.SESSION_ATTRIBUTE, inUse);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        users.run(username, () -> accounts.changeOwnPassword(PASSWORD, NEW_PASSWORD));

        assertThat(signIns.checkBrowser(inUse, atLogin, BROWSER))
                .as("the session that changed it")
                .contains(inUse);
        assertThat(signIns.checkBrowser(otherBrowser, atLogin, BROWSER)).isEmpty();
        assertThat(jdbc.queryForList(
                        "select ended_reason from sign_in where account_id = ? and id <> ?",
                        String.class,
                        id(username),
                        inUse))
                .hasSize(2)
                .containsOnly("PASSWORD_CHANGED");
    }

    @Test
    void a_session_signed_in_before_a_role_change_but_first_seen_after_it_gets_no_sign_in() {
        String username = account();
        AccountUserDetails atLogin = userDetails.loadUserByUsername(username);

        users.run("admin", () -> accounts.changeRoles(id(username), Set.of(Role.ANALYST, Role.APPROVER)));

        assertThat(signIns.checkBrowser(null, atLogin, BROWSER)).isEmpty();
        assertThat(signIns.checkBrowser(null, userDetails.loadUserByUsername(username), BROWSER))
                .as("after signing in again")
                .isPresent();
    }

    @Test
    void a_disabled_account_keeps_no_browser_session_and_setting_the_same_state_again_ends_nothing() {
        String username = account();
        AccountUserDetails atLogin = userDetails.loadUserByUsername(username);
        UUID session = signIns.checkBrowser(null, atLogin, BROWSER).orElseThrow();
        long version = version(username);

        users.run("admin", () -> accounts.setEnabled(id(username), true));
        assertThat(version(username))
                .as("enabling an enabled account changes nothing")
                .isEqualTo(version);
        assertThat(signIns.checkBrowser(session, atLogin, BROWSER)).contains(session);

        users.run("admin", () -> accounts.setEnabled(id(username), false));

        assertThat(signIns.checkBrowser(session, atLogin, BROWSER)).isEmpty();
        assertThat(version(username)).isEqualTo(version + 1);
    }

    @Test
    void another_account_signing_in_over_the_same_session_ends_the_earlier_sign_in_and_starts_its_own() {
        String first = account();
        String second = account();
        UUID earlier = signIns.checkBrowser(null, userDetails.loadUserByUsername(first), BROWSER)
                .orElseThrow();

        UUID now = signIns.checkBrowser(earlier, userDetails.loadUserByUsername(second), BROWSER)
                .orElseThrow();

        assertThat(now).isNotEqualTo(earlier);
        assertThat(jdbc.queryForObject("select ended_reason from sign_in where id = ?", String.class, earlier))
                .isEqualTo("SIGNED_OUT");
        assertThat(jdbc.queryForObject("select account_id from sign_in where id = ?", Long.class, now))
                .isEqualTo(id(second));
    }

    private String account() {
        String username = "svc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Service Tester", null, Set.of(Role.ANALYST), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private long version(String username) {
        return jdbc.queryForObject("select credential_version from account where username = ?", Long.class, username);
    }
}
