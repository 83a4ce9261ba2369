package io.portalops.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's one account with two-factor authentication: {@code secure} / {@code secure}, an analyst, with TOTP set up
 * under a fixed secret that the README lists, so that a new user can add it to an authenticator app and try the code
 * step. The demo's policy requires a second factor of no one, so every other demo login works with its password alone.
 */
@Component
@Profile("demo")
@Order(1)
class DemoSecondFactor implements ApplicationRunner {

    static final String USERNAME = "secure";
    /** Base32; published in the README, so it protects nothing outside the demo. */
    static final String SECRET = "PORTALOPSDEMOSECURETOTPSECRETKEY";

    private static final Logger log = LoggerFactory.getLogger(DemoSecondFactor.class);

    private final AccountRepository accounts;
    private final SecondFactorStore store;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSecondFactor(
            AccountRepository accounts,
            SecondFactorStore store,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (accounts.findByUsernameIgnoreCase(USERNAME).isPresent()) {
                return;
            }
            Account account = accounts.saveAndFlush(new Account(
                    USERNAME,
                    "Sol Secure",
                    "sol.secure@portalops.example",
                    passwordEncoder.encode(USERNAME),
                    Set.of(Role.ANALYST),
                    false,
                    clock.instant()));
            store.startEnrolment(account.getId(), SECRET, clock.instant());
            // confirmed at "step 0", so that every real code is later and accepted once
            store.useStep(account.getId(), 0, clock.instant(), true);
            store.replaceRecoveryCodes(account.getId(), List.of(), clock.instant());
            log.info(
                    "Demo login with two-factor authentication created: {} / {}, TOTP secret {}",
                    USERNAME,
                    USERNAME,
                    SECRET);
        });
    }
}
