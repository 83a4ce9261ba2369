package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.portalops.TestUsers;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.jobs.ModuleEventPublications;
import io.portalops.jobs.PendingPublication;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one asynchronous module listener (contracts follow their customer's owner) over the event publication registry
 * (ADR 025): a real commit, the listener in its own transaction, the registry row completed; an incomplete
 * publication is listed to ADMIN and resubmitted to its listener.
 */
@SpringBootTest
@EnableScenarios
class ModuleEventsTest {

    static final String LISTENER =
            "io.portalops.contract.ContractOwnerFollower.onCustomerOwnerChanged(io.portalops.customer.CustomerOwnerChanged)";

    @Autowired
    CustomerService customers;

    @Autowired
    ContractService contracts;

    @Autowired
    ModuleEventPublications publications;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    String manager() {
        String username = "m" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username, "Manager " + username, null, Set.of(Role.ACCOUNT_MANAGER), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    CustomerForm form(String ref, Long ownerId, Long version) {
        return new CustomerForm(
                ref,
                "Owner change " + ref,
                CustomerKind.COMPANY,
                null,
                null,
                null,
                null,
                "SE",
                CustomerSegment.SMB,
                CustomerStatus.ACTIVE,
                ownerId,
                version);
    }

    /** A customer of a new manager with one contract; returns the customer. */
    CustomerDetails customerWithContract(String owner) {
        String ref = "OWN-" + UUID.randomUUID().toString().substring(0, 8);
        CustomerDetails customer = users.as("admin", () -> customers.create(form(ref, accountId(owner), null)));
        users.as(
                owner,
                () -> contracts.create(new ContractForm(
                        customer.id(),
                        "Follows " + ref,
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("100"),
                        "EUR",
                        LocalDate.now().plusDays(10),
                        LocalDate.now().plusYears(1),
                        true,
                        30,
                        null)));
        return customer;
    }

    Long contractOwner(long customerId) {
        return jdbc.queryForObject("select max(owner_id) from contract where customer_id = ?", Long.class, customerId);
    }

    @Test
    void contracts_follow_their_customer_to_the_new_owner_after_the_commit_and_the_publication_completes(
            Scenario scenario) {
        String before = manager();
        String after = manager();
        CustomerDetails customer = customerWithContract(before);
        long newOwner = accountId(after);

        scenario.stimulate(() -> users.as(
                        "admin",
                        () -> customers.update(
                                customer.id(), form(customer.externalRef(), newOwner, customer.version()))))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> contractOwner(customer.id()), owner -> owner == newOwner)
                .andVerify(owner -> assertThat(owner).isEqualTo(newOwner));

        String payload = "{\"customerId\":" + customer.id() + ",\"newOwnerId\":" + newOwner + "}";
        assertThat(jdbc.queryForList(
                        "select listener_id, completion_date from event_publication where serialized_event = ?",
                        payload))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("listener_id")).isEqualTo(LISTENER);
                    assertThat(row.get("completion_date"))
                            .as("the registry marks the listener's success")
                            .isNotNull();
                });
    }

    @Test
    void an_incomplete_publication_is_listed_to_admin_only_and_resubmitting_it_runs_the_listener() {
        String before = manager();
        CustomerDetails customer = customerWithContract(before);
        long newOwner = accountId(manager());
        // what a node leaves behind when the listener failed or the node stopped before it ran
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts) "
                        + "values (?, ?, ?, ?, ?, 'FAILED', 1)",
                id,
                LISTENER,
                "io.portalops.customer.CustomerOwnerChanged",
                "{\"customerId\":" + customer.id() + ",\"newOwnerId\":" + newOwner + "}",
                Timestamp.from(Instant.now().minusSeconds(60)));

        assertThat(users.as("admin", publications::incomplete))
                .filteredOn(p -> p.id().equals(id))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.listenerId()).isEqualTo(LISTENER);
                    assertThat(p.eventType()).isEqualTo("io.portalops.customer.CustomerOwnerChanged");
                    assertThat(p.status()).isEqualTo("FAILED");
                });
        assertThatThrownBy(() -> users.as(before, publications::incomplete)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(before, () -> publications.resubmit(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(contractOwner(customer.id())).isEqualTo(accountId(before));

        users.run("admin", () -> publications.resubmit(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> contractOwner(customer.id()) == newOwner);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> users.as("admin", publications::incomplete).stream()
                        .map(PendingPublication::id)
                        .noneMatch(id::equals));
        assertThatThrownBy(() -> users.run("admin", () -> publications.resubmit(id)))
                .as("delivered: nothing to resubmit")
                .isInstanceOf(NotFoundException.class);
    }
}
