package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Enrolment, recovery codes, the per-role policy and the admin reset, through the public services (ADR 033). */
@SpringBootTest
class TwoFactorServiceTest {

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    MfaPolicyService policy;

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactorStore store;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SecondFactorFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SecondFactorFixture(accounts, store, users, jdbc);
    }

    @Test
    void enrolment_needs_a_correct_code_and_then_gives_ten_recovery_codes_once() {
        String username = fixture.username(fixture.account("enrol", Role.ANALYST));
        users.run(username, () -> {
            assertThat(twoFactor.stepAfterPassword()).isEqualTo(SignInStep.NONE);
            TotpEnrolment enrolment = twoFactor.startEnrolment();
            assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
            assertThat(enrolment.otpauthUri())
                    .startsWith("otpauth://totp/")
                    .contains("secret=" + enrolment.secret())
                    .contains("issuer=PortalOps");
            assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");

            assertThatThrownBy(() -> twoFactor.confirmEnrolment("000000x")).isInstanceOf(InvalidInputException.class);
            assertThat(twoFactor.status().enrolled())
                    .as("a wrong code confirms nothing")
                    .isFalse();

            List<String> codes = twoFactor.confirmEnrolment(SecondFactorFixture.currentCode(enrolment.secret()));
            assertThat(codes)
                    .hasSize(10)
                    .doesNotHaveDuplicates()
                    .allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
            TwoFactorStatus status = twoFactor.status();
            assertThat(status.enrolled()).isTrue();
            assertThat(status.recoveryCodesLeft()).isEqualTo(10);
            assertThat(twoFactor.stepAfterPassword()).isEqualTo(SignInStep.CODE);
            assertThatThrownBy(twoFactor::startEnrolment)
                    .as("no second secret over a confirmed one")
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'account.two_factor_enrolled' and details::text like ?",
                        Integer.class,
                        "%" + username + "%"))
                .isEqualTo(1);
    }

    @Test
    void new_recovery_codes_need_a_fresh_code_and_replace_the_old_ones() {
        var account = fixture.enrolled("regen", Role.ANALYST);
        store.replaceRecoveryCodes(account.id(), List.of("aaaa-bbbb-cccc-dddd"), java.time.Instant.now());
        users.run(account.username(), () -> {
            assertThatThrownBy(() -> twoFactor.regenerateRecoveryCodes("12345"))
                    .isInstanceOf(InvalidInputException.class);
            String code = SecondFactorFixture.currentCode(account.secret());
            List<String> fresh = twoFactor.regenerateRecoveryCodes(code);
            assertThat(fresh).hasSize(10);
            assertThatThrownBy(() -> twoFactor.regenerateRecoveryCodes(code))
                    .as("the same code twice")
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(store.useRecoveryCode(account.id(), "aaaa-bbbb-cccc-dddd", java.time.Instant.now()))
                .as("the old code is gone")
                .isFalse();
    }

    @Test
    void a_required_role_without_a_second_factor_must_enrol_and_the_override_is_audited() {
        String username = fixture.username(fixture.account("policy", Role.PRODUCT_ADMIN));
        try {
            users.run("admin", () -> policy.setRequired(Role.PRODUCT_ADMIN, true));
            assertThat(users.as(username, twoFactor::stepAfterPassword)).isEqualTo(SignInStep.ENROL);
            assertThat(users.as(username, () -> twoFactor.status().required())).isTrue();
            assertThat(users.as("admin", policy::policy))
                    .filteredOn(p -> p.role() == Role.PRODUCT_ADMIN)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.configured()).isFalse();
                        assertThat(p.override()).isTrue();
                    });
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_log where action = 'mfa.policy_changed' and target_id = 'PRODUCT_ADMIN'",
                            Integer.class))
                    .isPositive();
            assertThatThrownBy(() -> users.run(username, () -> policy.setRequired(Role.PRODUCT_ADMIN, false)))
                    .as("only an admin sets the policy")
                    .isInstanceOf(AuthorizationDeniedException.class);
        } finally {
            users.run("admin", () -> policy.followConfiguration(Role.PRODUCT_ADMIN));
        }
        assertThat(users.as(username, twoFactor::stepAfterPassword)).isEqualTo(SignInStep.NONE);
    }

    @Test
    void an_admin_reset_removes_the_factor_ends_every_sign_in_and_records_the_reason() {
        var account = fixture.enrolled("reset", Role.ANALYST);
        long versionBefore =
                jdbc.queryForObject("select credential_version from account where id = ?", Long.class, account.id());

        assertThatThrownBy(() -> users.run(account.username(), () -> twoFactor.reset(account.id(), "mine")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.run("admin", () -> twoFactor.reset(account.id(), "  ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.isEnrolled(account.id()))
                .as("bad input changes nothing")
                .isTrue();

        users.run("admin", () -> twoFactor.reset(account.id(), "phone lost, identity checked by call"));

        assertThat(store.isEnrolled(account.id())).isFalse();
        assertThat(jdbc.queryForObject("select credential_version from account where id = ?", Long.class, account.id()))
                .isEqualTo(versionBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select details->>'reason' from audit_log where action = 'account.two_factor_reset' and target_id = ?",
                        String.class,
                        Long.toString(account.id())))
                .isEqualTo("phone lost, identity checked by call");
        assertThatThrownBy(() -> users.run("admin", () -> twoFactor.reset(account.id(), "again")))
                .as("nothing left to reset")
                .isInstanceOf(InvalidInputException.class);
        assertThat(users.as(account.username(), twoFactor::stepAfterPassword)).isEqualTo(SignInStep.NONE);
    }
}
