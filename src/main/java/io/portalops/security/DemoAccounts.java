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
 * The demo logins listed in the README, each with its username as password. Only in the demo profile.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoLogin(String username, String displayName, String email, Set<Role> roles) {}

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "Ada Admin", "admin@portalops.example", Set.of(Role.ADMIN)),
            new DemoLogin("manager", "Maria Manager", "maria.manager@portalops.example", Set.of(Role.ACCOUNT_MANAGER)),
            new DemoLogin("manager2", "Mark Manager", "mark.manager@portalops.example", Set.of(Role.ACCOUNT_MANAGER)),
            new DemoLogin("approver", "Alice Approver", "alice.approver@portalops.example", Set.of(Role.APPROVER)),
            new DemoLogin("approver2", "Arthur Approver", "arthur.approver@portalops.example", Set.of(Role.APPROVER)),
            new DemoLogin("analyst", "Anna Analyst", "anna.analyst@portalops.example", Set.of(Role.ANALYST)),
            new DemoLogin(
                    "serviceadmin",
                    "Sam Serviceadmin",
                    "sam.serviceadmin@portalops.example",
                    Set.of(Role.SERVICE_ADMIN)),
            new DemoLogin(
                    "productadmin",
                    "Pia Productadmin",
                    "pia.productadmin@portalops.example",
                    Set.of(Role.PRODUCT_ADMIN)),
            new DemoLogin("auditor", "Audrey Auditor", "audrey.auditor@portalops.example", Set.of(Role.AUDITOR)));

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccounts(
            AccountRepository accounts, PasswordEncoder passwordEncoder, TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            for (DemoLogin login : LOGINS) {
                if (accounts.findByUsernameIgnoreCase(login.username()).isEmpty()) {
                    accounts.save(new Account(
                            login.username(),
                            login.displayName(),
                            login.email(),
                            passwordEncoder.encode(login.username()),
                            login.roles(),
                            false,
                            clock.instant()));
                    log.info("Demo login created: {} / {}", login.username(), login.username());
                }
            }
        });
    }
}
