package io.portalops.security;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production starts with no accounts: the first ADMIN comes from PORTALOPS_ADMIN_USERNAME and
 * PORTALOPS_ADMIN_PASSWORD, and must choose a new password at first login. Once any account exists this does nothing.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Clock clock;

    FirstAdminBootstrap(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Environment environment,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (accounts.count() > 0) {
                return;
            }
            String username = environment.getProperty("portalops.admin.username");
            String password = environment.getProperty("portalops.admin.password");
            if (username == null || username.isBlank() || password == null || password.isBlank()) {
                throw new IllegalStateException("No accounts exist yet: set PORTALOPS_ADMIN_USERNAME and "
                        + "PORTALOPS_ADMIN_PASSWORD to create the first administrator.");
            }
            accounts.save(new Account(
                    username.strip(),
                    "Administrator",
                    null,
                    passwordEncoder.encode(password),
                    Set.of(Role.ADMIN),
                    true,
                    clock.instant()));
            log.info("First administrator '{}' created; the password must be changed at first login", username.strip());
        });
    }
}
