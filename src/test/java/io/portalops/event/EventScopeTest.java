package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which events an APPROVER reads (ADR 022): those of customers with a contract pending approval or decided by them,
 * never the rest; combined with ACCOUNT_MANAGER, also those of their own customers.
 */
@SpringBootTest
class EventScopeTest {

    @Autowired
    EventLog log;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    CustomerService customers;

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    String account(String name, Role... roles) {
        String username = "ev" + tag + name;
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Events " + username, null, Set.of(roles), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    String customer(String manager, String name) {
        String ref = "EV-" + tag + "-" + name;
        users.run(
                manager,
                () -> customers.create(new CustomerForm(
                        ref,
                        "Events " + name,
                        CustomerKind.COMPANY,
                        null,
                        null,
                        null,
                        null,
                        "DE",
                        CustomerSegment.SMB,
                        CustomerStatus.ACTIVE,
                        null,
                        null)));
        return ref;
    }

    long contract(String manager, String customerRef) {
        long customerId = fixtures.customerId(customerRef);
        return users.as(
                        manager,
                        () -> contracts.create(new ContractForm(
                                customerId,
                                "Events " + tag,
                                ContractType.SUBSCRIPTION,
                                new BigDecimal("100"),
                                "EUR",
                                LocalDate.now().plusDays(5),
                                LocalDate.now().plusYears(1),
                                false,
                                30,
                                null)))
                .id();
    }

    java.util.List<Long> ids(String user, String source) {
        return users
                .as(user, () -> log.search(new EventFilter(null, null, null, source, null, null), null, 50))
                .items()
                .stream()
                .map(EventListItem::id)
                .toList();
    }

    @Test
    void an_approver_reads_events_of_customers_with_a_pending_contract_or_one_they_decided_and_no_others() {
        String manager = account("mgr", Role.ACCOUNT_MANAGER);
        String decider = account("dec", Role.APPROVER);
        String approver = account("apr", Role.APPROVER);
        String managerApprover = account("mga", Role.ACCOUNT_MANAGER, Role.APPROVER);
        String pendingCustomer = customer(manager, "pending");
        String draftCustomer = customer(manager, "draft");
        String decidedCustomer = customer(manager, "decided");
        String ownCustomer = customer(managerApprover, "own");
        users.run(manager, () -> actions.submit(contract(manager, pendingCustomer)));
        contract(manager, draftCustomer);
        long decided = contract(manager, decidedCustomer);
        users.run(manager, () -> actions.submit(decided));
        users.run(decider, () -> actions.approve(decided, null));

        String source = EventFixtures.uniqueSource();
        long onPending = fixtures.ingest(source, "login", pendingCustomer, now.minusSeconds(40));
        long onDraft = fixtures.ingest(source, "login", draftCustomer, now.minusSeconds(30));
        long onDecided = fixtures.ingest(source, "login", decidedCustomer, now.minusSeconds(20));
        long onOwn = fixtures.ingest(source, "login", ownCustomer, now.minusSeconds(10));

        assertThat(ids(approver, source)).containsExactly(onPending);
        assertThat(ids(decider, source)).containsExactly(onDecided, onPending);
        assertThat(ids(managerApprover, source)).containsExactly(onOwn, onPending);
        assertThat(ids(manager, source)).containsExactly(onDecided, onDraft, onPending);
        assertThat(ids("analyst", source)).containsExactly(onOwn, onDecided, onDraft, onPending);
    }
}
