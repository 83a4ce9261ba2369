package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progressive delay of ADR 018, against PostgreSQL with explicit times: per account 5 failures, then 1 min doubling
 * to 15 min; per address 20 failures, then 1 min doubling to 1 h; attempts during a wait neither count nor extend it.
 */
@SpringBootTest
class LoginThrottleTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    long newAccount() {
        String username = "thr" + UUID.randomUUID().toString().substring(0, 8);
        return users.as(
                        "admin",
                        () -> accounts.create(new NewAccount(
                                username, "Throttle " + username, null, Set.of(Role.ANALYST), "a-Long-enough-pass-1")))
                .id();
    }

    Instant lockedUntil(long account) {
        Timestamp until =
                jdbc.queryForObject("select locked_until from account where id = ?", Timestamp.class, account);
        return until == null ? null : until.toInstant();
    }

    @Test
    void the_account_waits_from_the_fifth_failure_and_each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
        long account = newAccount();
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.countAccountFailure(account, start.plusSeconds(i)))
                    .hasValueSatisfying(f -> assertThat(f.lockedUntil()).isNull());
        }
        Instant fifth = start.plusSeconds(5);
        assertThat(throttle.countAccountFailure(account, fifth))
                .contains(new LoginThrottle.AccountFailure(5, fifth.plus(Duration.ofMinutes(1))));

        Instant at = fifth.plus(Duration.ofMinutes(1));
        long[] expectedMinutes = {2, 4, 8, 15, 15};
        for (long minutes : expectedMinutes) {
            Optional<LoginThrottle.AccountFailure> failure = throttle.countAccountFailure(account, at);
            assertThat(failure).as("a failure after the wait").isPresent();
            assertThat(failure.get().lockedUntil()).isEqualTo(at.plus(Duration.ofMinutes(minutes)));
            at = failure.get().lockedUntil();
        }
    }

    @Test
    void failures_during_a_wait_neither_count_nor_extend_it_so_hammering_cannot_keep_an_account_locked() {
        long account = newAccount();
        for (int i = 1; i <= 5; i++) {
            throttle.countAccountFailure(account, start.plusSeconds(i));
        }
        Instant until = lockedUntil(account);
        assertThat(until).isEqualTo(start.plusSeconds(5).plus(Duration.ofMinutes(1)));

        for (int i = 0; i < 50; i++) {
            assertThat(throttle.countAccountFailure(account, start.plusSeconds(10 + i)))
                    .isEmpty();
        }

        assertThat(lockedUntil(account)).isEqualTo(until);
        assertThat(jdbc.queryForObject("select failed_attempts from account where id = ?", Integer.class, account))
                .isEqualTo(5);
    }

    @Test
    void a_correct_password_is_admitted_only_when_the_account_does_not_wait_and_then_forgets_the_failures() {
        long account = newAccount();
        for (int i = 1; i <= 5; i++) {
            throttle.countAccountFailure(account, start.plusSeconds(i));
        }

        assertThat(throttle.admitAndReset(account, start.plusSeconds(30))).isFalse();
        assertThat(throttle.admitAndReset(account, start.plusSeconds(66))).isTrue();

        assertThat(lockedUntil(account)).isNull();
        assertThat(jdbc.queryForObject("select failed_attempts from account where id = ?", Integer.class, account))
                .isZero();
    }

    @Test
    void failures_older_than_a_day_no_longer_count() {
        long account = newAccount();
        for (int i = 1; i <= 4; i++) {
            throttle.countAccountFailure(account, start.plusSeconds(i));
        }

        assertThat(throttle.countAccountFailure(account, start.plus(Duration.ofHours(25))))
                .contains(new LoginThrottle.AccountFailure(1, null));
    }

    @Test
    void an_admin_unlock_forgets_the_failures_and_the_wait() {
        long account = newAccount();
        for (int i = 1; i <= 5; i++) {
            throttle.countAccountFailure(account, Instant.now());
        }
        assertThat(lockedUntil(account)).isAfter(Instant.now());

        AccountListItem unlocked = users.as("admin", () -> accounts.unlock(account));

        assertThat(unlocked.locked()).isFalse();
        assertThat(lockedUntil(account)).isNull();
        assertThat(jdbc.queryForObject("select failed_attempts from account where id = ?", Integer.class, account))
                .isZero();
    }

    @Test
    void a_client_address_waits_from_its_twentieth_failure_over_all_accounts_doubling_up_to_an_hour() {
        String address = "203.0.113." + (int) (Math.random() * 250);
        jdbc.update("delete from login_address_throttle where address = ?", address);
        for (int i = 1; i <= 19; i++) {
            assertThat(throttle.countAddressFailure(address, start.plusSeconds(i)))
                    .isEmpty();
        }
        assertThat(throttle.countAddressFailure(address, start.plusSeconds(20))).contains(Duration.ofMinutes(1));
        assertThat(throttle.addressWait(address, start.plusSeconds(30))).contains(Duration.ofSeconds(50));
        assertThat(throttle.addressWait("203.0.113.254", start.plusSeconds(30))).isEmpty();

        assertThat(throttle.countAddressFailure(address, start.plusSeconds(90))).contains(Duration.ofMinutes(2));
        Optional<Duration> wait = Optional.empty();
        for (int i = 0; i < 10; i++) {
            wait = throttle.countAddressFailure(address, start.plusSeconds(100 + i));
        }
        assertThat(wait).contains(Duration.ofHours(1));
        assertThat(throttle.addressWait(address, start.plusSeconds(109).plus(Duration.ofHours(1))))
                .isEmpty();
    }
}
