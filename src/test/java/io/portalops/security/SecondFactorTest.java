package io.portalops.security;

import static io.portalops.security.SecondFactorFixture.code;
import static io.portalops.security.SecondFactorFixture.stepAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.audit.AuditLog;
import io.portalops.security.SecondFactorCheck.Outcome;
import io.portalops.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The code step against PostgreSQL (ADR 033). Times come from an injected fixed {@link Clock}, so that drift and replay
 * are decided by the step, not by when the test happens to run.
 */
@SpringBootTest
class SecondFactorTest {

    /** Mid-step, so that ±1 and ±2 steps are unambiguous. */
    static final Instant NOW = Instant.parse("2026-12-07T12:00:15Z");

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactorStore store;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog audit;

    @Autowired
    SecondFactorCheck checkBean;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    TestUsers users;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    JdbcTemplate jdbc;

    SecondFactorFixture fixture;
    SecondFactorCheck check;
    final long step = stepAt(NOW);

    @BeforeEach
    void setUp() {
        // The test framework's mock request gives every service test in the JVM the address 127.0.0.1, which waits
        // after 20 failures over all accounts: an address of its own keeps other classes' failures out of this test.
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        fixture = new SecondFactorFixture(accounts, store, users, jdbc);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        check = new SecondFactorCheck(store, new TotpCodes(clock), throttle, events, audit, clock);
    }

    @Test
    void a_code_of_the_current_step_is_accepted_once_and_its_replay_is_refused() {
        var account = fixture.enrolled("totpreplay", Role.ANALYST);
        String code = code(account.secret(), step);

        assertThat(check.check(account.id(), account.username(), code, null)).isEqualTo(Outcome.ACCEPTED);
        assertThat(check.check(account.id(), account.username(), code, null))
                .as("the same code again")
                .isEqualTo(Outcome.REFUSED);
        assertThat(check.check(account.id(), account.username(), code(account.secret(), step - 1), null))
                .as("an older step after a newer one was used")
                .isEqualTo(Outcome.REFUSED);
        assertThat(check.check(account.id(), account.username(), code(account.secret(), step + 1), null))
                .as("the next step's code")
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void one_step_of_drift_either_way_is_accepted_and_two_steps_are_refused() {
        var late = fixture.enrolled("totpminus1", Role.ANALYST);
        assertThat(check.check(late.id(), late.username(), code(late.secret(), step - 1), null))
                .isEqualTo(Outcome.ACCEPTED);
        var early = fixture.enrolled("totpplus1", Role.ANALYST);
        assertThat(check.check(early.id(), early.username(), code(early.secret(), step + 1), null))
                .isEqualTo(Outcome.ACCEPTED);

        var far = fixture.enrolled("totpfar", Role.ANALYST);
        assertThat(check.check(far.id(), far.username(), code(far.secret(), step - 2), null))
                .isEqualTo(Outcome.REFUSED);
        assertThat(check.check(far.id(), far.username(), code(far.secret(), step + 2), null))
                .isEqualTo(Outcome.REFUSED);
        assertThat(fixture.failedAttempts(far.id()))
                .as("each refusal counts towards the wait")
                .isEqualTo(2);
    }

    @Test
    void wrong_codes_count_towards_the_lockout_and_while_it_waits_not_even_the_right_code_is_checked() {
        var account = fixture.enrolled("totpwrong", Role.ANALYST);
        String wrong = code(account.secret(), step).equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 5; i++) {
            assertThat(check.check(account.id(), account.username(), wrong, null))
                    .isEqualTo(Outcome.REFUSED);
            assertThat(fixture.failedAttempts(account.id())).isEqualTo(i);
        }
        assertThat(check.check(account.id(), account.username(), code(account.secret(), step), null))
                .isEqualTo(Outcome.WAITING);
        assertThat(jdbc.queryForObject(
                        "select last_used_step from account_totp where account_id = ?", Long.class, account.id()))
                .as("the right code was not used up while waiting")
                .isZero();
    }

    @Test
    void a_correct_password_alone_does_not_reset_the_count_of_wrong_codes() {
        var account = fixture.enrolled("totpalternate", Role.ANALYST);
        for (int i = 0; i < 3; i++) {
            check.check(account.id(), account.username(), "abcdef", null);
        }
        Authentication signedIn = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), SecondFactorFixture.PASSWORD));
        assertThat(signedIn.isAuthenticated())
                .as("the password step of the browser")
                .isTrue();
        assertThat(fixture.failedAttempts(account.id())).isEqualTo(3);

        assertThat(check.check(account.id(), account.username(), code(account.secret(), step), null))
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(fixture.failedAttempts(account.id()))
                .as("an accepted code forgets them")
                .isZero();
    }

    @Test
    void two_parallel_submissions_of_the_same_code_are_accepted_exactly_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var account = fixture.enrolled("totprace", Role.ANALYST);
                String code = SecondFactorFixture.currentCode(account.secret());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Outcome>> results = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return checkBean.check(account.id(), account.username(), code, null);
                    }));
                }
                start.countDown();
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.REFUSED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_recovery_code_signs_in_once_and_dashes_and_case_do_not_matter() {
        var account = fixture.enrolled("totprecovery", Role.ANALYST);
        List<String> codes = new TotpCodes(Clock.systemUTC()).newRecoveryCodes();
        store.replaceRecoveryCodes(account.id(), codes, NOW);
        assertThat(jdbc.queryForList(
                        "select code_hash from account_recovery_code where account_id = ?", String.class, account.id()))
                .as("stored hashed")
                .hasSize(10)
                .doesNotContainAnyElementsOf(codes);

        String typed = codes.get(3).toUpperCase().replace("-", " ");
        assertThat(check.check(account.id(), account.username(), null, typed)).isEqualTo(Outcome.ACCEPTED);
        assertThat(check.check(account.id(), account.username(), null, codes.get(3)))
                .as("used once")
                .isEqualTo(Outcome.REFUSED);
        assertThat(check.check(account.id(), account.username(), null, codes.get(4)))
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(store.unusedRecoveryCodes(account.id())).isEqualTo(8);
    }

    @Test
    void a_token_request_of_an_account_with_totp_needs_the_code_and_a_wrong_one_counts() {
        var account = fixture.enrolled("totpapi", Role.ANALYST);
        UsernamePasswordAuthenticationToken withoutCode =
                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), SecondFactorFixture.PASSWORD);
        withoutCode.setDetails(new SecondFactorCode(null, null));
        assertThatThrownBy(() -> authenticationManager.authenticate(withoutCode))
                .isInstanceOf(SecondFactorRequiredException.class);
        assertThat(fixture.failedAttempts(account.id()))
                .as("a missing code is no failure")
                .isZero();

        UsernamePasswordAuthenticationToken wrongCode =
                UsernamePasswordAuthenticationToken.unauthenticated(account.username(), SecondFactorFixture.PASSWORD);
        wrongCode.setDetails(new SecondFactorCode("12345x", null));
        assertThatThrownBy(() -> authenticationManager.authenticate(wrongCode))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(fixture.failedAttempts(account.id())).isEqualTo(1);
    }

    @Test
    void the_secret_is_stored_encrypted_with_the_field_cipher() {
        var account = fixture.enrolled("totpcipher", Role.ANALYST);
        String stored = jdbc.queryForObject(
                "select secret_encrypted from account_totp where account_id = ?", String.class, account.id());
        assertThat(stored).doesNotContain(account.secret()).matches("\\w+:.+");
        assertThat(store.find(account.id()))
                .hasValueSatisfying(t -> assertThat(t.secret()).isEqualTo(account.secret()));
    }

    @Test
    void codes_that_are_not_six_digits_are_refused_without_matching() {
        TotpCodes codes = new TotpCodes(Clock.fixed(NOW, ZoneOffset.UTC));
        String secret = codes.newSecret();
        String right = code(secret, step);
        assertThat(codes.matchingStep(secret, right)).hasValue(step);
        assertThat(codes.matchingStep(secret, right.substring(0, 3) + " " + right.substring(3)))
                .as("spaces allowed")
                .hasValue(step);
        assertThat(codes.matchingStep(secret, right + "0")).isEmpty();
        assertThat(codes.matchingStep(secret, "")).isEmpty();
        assertThat(codes.matchingStep(secret, "x".repeat(10_000))).isEmpty();
    }

    @Test
    void a_blank_or_huge_code_at_the_code_step_is_refused_as_bad_input_and_not_counted() {
        var account = fixture.enrolled("totpblank", Role.ANALYST);
        users.run(account.username(), () -> {
            assertThatThrownBy(() -> twoFactor.checkSignInCode("  ", false)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> twoFactor.checkSignInCode("9".repeat(65), true))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(fixture.failedAttempts(account.id())).isZero();
    }
}
