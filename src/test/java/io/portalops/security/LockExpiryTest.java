package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The account lock of ADR 018 through the real sign-in (the authentication manager), not the throttle alone: a lock
 * ends by itself when its wait is over, a successful sign-in starts the count afresh, and failures older than a day no
 * longer add up. Time passes by moving the account's stored times back, which is what the clock moving on looks like
 * to the throttle's SQL.
 */
@SpringBootTest
class LockExpiryTest {

    static final String PASSWORD = "a-Long-enough-pass-1";

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The test framework's mock request gives every service test in the JVM the client address 127.0.0.1, and an
     * address waits after 20 failures over all accounts: other classes' failed sign-ins would then refuse this test's
     * right password. An address of its own keeps the address budget out of what this test judges.
     */
    @BeforeEach
    void ownClientAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    String newAccount() {
        String username = "lx" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Lock " + username, null, Set.of(Role.ANALYST), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() ->
                            authentication.authenticate(new UsernamePasswordAuthenticationToken(username, "wrong")))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    boolean signsIn(String username) {
        try {
            return authentication
                    .authenticate(new UsernamePasswordAuthenticationToken(username, PASSWORD))
                    .isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    void timePasses(String username, Duration duration) {
        int moved = jdbc.update(
                "update account set locked_until = locked_until - make_interval(secs => ?), "
                        + "last_failed_at = last_failed_at - make_interval(secs => ?) where username = ?",
                duration.toSeconds(),
                duration.toSeconds(),
                username);
        assertThat(moved).as("account rows moved back").isEqualTo(1);
    }

    Map<String, Object> state(String username) {
        return jdbc.queryForMap("select failed_attempts, locked_until from account where username = ?", username);
    }

    @Test
    void a_lock_ends_by_itself_once_its_wait_is_over_and_a_sign_in_starts_the_count_afresh() {
        String username = newAccount();
        failTimes(username, 5);
        assertThat(signsIn(username))
                .as("locked: the right password is refused")
                .isFalse();

        timePasses(username, Duration.ofSeconds(30));
        assertThat(signsIn(username)).as("half-way through the one-minute wait").isFalse();

        timePasses(username, Duration.ofSeconds(31));
        assertThat(signsIn(username))
                .as("the wait is over: %s / %s", state(username), Instant.now())
                .isTrue();
        assertThat(state(username)).containsEntry("failed_attempts", 0).containsEntry("locked_until", null);

        // counted from zero again: four failures do not lock, the fifth waits one minute (not the 2 min of a sixth)
        failTimes(username, 4);
        assertThat(state(username)).containsEntry("failed_attempts", 4).containsEntry("locked_until", null);
        Instant beforeFifth = Instant.now();
        failTimes(username, 1);
        Instant until = ((Timestamp) state(username).get("locked_until")).toInstant();
        assertThat(Duration.between(beforeFifth, until)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
    }

    @Test
    void failures_older_than_a_day_are_forgotten_so_they_cannot_add_up_to_a_lock() {
        String username = newAccount();
        failTimes(username, 4);
        timePasses(username, Duration.ofHours(25));

        failTimes(username, 4);

        assertThat(state(username)).containsEntry("failed_attempts", 4).containsEntry("locked_until", null);
        assertThat(signsIn(username)).isTrue();
    }
}
