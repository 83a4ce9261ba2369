package io.portalops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.contract.ApprovalLimits;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractLookups;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.contract.FlagSeverity;
import io.portalops.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ContractNotificationsTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ApprovalLimits limits;

    @Autowired
    ContractLookups lookups;

    @Autowired
    ContractActions actions;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    io.portalops.customer.CustomerService customers;

    @Autowired
    io.portalops.security.AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ContractDetails draft(String amount) {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        return users.as(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        "Notified " + UUID.randomUUID().toString().substring(0, 6),
                        ContractType.SUBSCRIPTION,
                        new BigDecimal(amount),
                        "EUR",
                        LocalDate.now().plusDays(10),
                        LocalDate.now().plusYears(1),
                        true,
                        60,
                        null)));
    }

    ContractDetails pending(String amount) {
        long id = draft(amount).id();
        return users.as("manager", () -> actions.submit(id));
    }

    List<Long> notified(ContractDetails contract, String what) {
        return fixtures.recipientsOf("contract:" + contract.id() + ":" + what);
    }

    @Test
    void submitting_notifies_the_approvers_whose_limit_covers_it_and_not_the_owner() {
        String high = fixtures.account(Role.APPROVER);
        String low = fixtures.account(Role.APPROVER);
        String approvingManager = fixtures.account(Role.APPROVER, Role.ACCOUNT_MANAGER);
        users.run("admin", () -> limits.set(fixtures.id(high), new BigDecimal("500000")));
        users.run("admin", () -> limits.set(fixtures.id(low), new BigDecimal("100")));
        users.run("admin", () -> limits.set(fixtures.id(approvingManager), new BigDecimal("500000")));

        ContractDetails contract = pending("300000");

        List<Long> approvers = notified(contract, "submitted:1");
        assertThat(approvers)
                .contains(fixtures.id(high), fixtures.id(approvingManager), fixtures.id("approver2"))
                .doesNotContain(fixtures.id(low), fixtures.id("manager"))
                .as("the demo approver's limit (250,000) does not cover 300,000")
                .doesNotContain(fixtures.id("approver"));
        assertThat(approvers).containsExactlyInAnyOrderElementsOf(lookups.eligibleApprovers(contract.id()));
        assertThat(jdbc.queryForObject(
                        "select link from notification where dedup_key = ? and recipient_id = ?",
                        String.class,
                        "contract:" + contract.id() + ":submitted:1",
                        fixtures.id(high)))
                .isEqualTo("contracts/" + contract.number());
        assertThat(fixtures.outboxRowsTo(high))
                .as("approval requests are emailed at once by default")
                .isEqualTo(1);
    }

    @Test
    void the_final_approval_notifies_the_owner_only() {
        ContractDetails contract = pending("1000");
        users.as("approver", () -> actions.approve(contract.id(), "Fine"));
        assertThat(notified(contract, "approved:1")).containsExactly(fixtures.id("manager"));
    }

    @Test
    void after_the_first_of_two_approvals_the_others_who_can_give_the_second_are_told_and_the_first_is_not() {
        String low = fixtures.account(Role.APPROVER);
        users.run("admin", () -> limits.set(fixtures.id(low), new BigDecimal("100")));
        ContractDetails contract = pending("300000");
        assertThat(contract.requiredApprovals()).isEqualTo(2);
        assertThat(notified(contract, "submitted:1")).doesNotContain(fixtures.id(low));

        users.as("approver2", () -> actions.approve(contract.id(), "First"));

        List<Long> second = notified(contract, "level-2:1");
        assertThat(second)
                .as(
                        "approver2's approval (limit 1,000,000) covers the value, so any other approver may give the second")
                .contains(fixtures.id(low), fixtures.id("approver"))
                .doesNotContain(fixtures.id("approver2"), fixtures.id("manager"));
        assertThat(notified(contract, "approved:1")).as("not approved yet").isEmpty();
    }

    @Test
    void a_rejection_notifies_the_owner_with_the_reason() {
        ContractDetails contract = pending("1000");
        users.as("approver2", () -> actions.reject(contract.id(), "Price too low"));
        assertThat(notified(contract, "rejected:1")).containsExactly(fixtures.id("manager"));
        assertThat(jdbc.queryForObject(
                        "select body from notification where dedup_key = ?",
                        String.class,
                        "contract:" + contract.id() + ":rejected:1"))
                .contains("Arthur Approver")
                .contains("Price too low");

        users.as("manager", () -> actions.revise(contract.id()));
        users.as("manager", () -> actions.submit(contract.id()));
        assertThat(notified(contract, "submitted:2"))
                .as("a new round is a new notification")
                .isNotEmpty();
    }

    @Test
    void a_mention_notifies_exactly_the_person_mentioned() {
        ContractDetails contract = draft("1000");
        String mentioned = fixtures.account(Role.ANALYST);
        String bystander = fixtures.account(Role.ANALYST);
        ContractDetails noted = users.as(
                "analyst",
                () -> actions.note(contract.id(), "@" + mentioned + " please look, and @analyst notes it for herself"));
        long commentId = noted.comments().getLast().id();

        assertThat(fixtures.recipientsOf("contract-note:" + commentId)).containsExactly(fixtures.id(mentioned));
        assertThat(fixtures.causesOf(fixtures.id(bystander), "contract")).isEmpty();
        assertThat(fixtures.causesOf(fixtures.id("manager"), "contract-note:" + commentId))
                .as("not the owner either")
                .isEmpty();
    }

    @Test
    void a_flag_notifies_the_owner_unless_the_owner_raised_it() {
        ContractDetails contract = draft("1000");
        users.as("analyst", () -> actions.flag(contract.id(), FlagSeverity.HIGH, "Unusual discount"));
        List<String> keys = jdbc.queryForList(
                "select dedup_key from notification where dedup_key like ? and cause = 'FLAG_RAISED'",
                String.class,
                "contract:" + contract.id() + ":flag:%");
        assertThat(keys).hasSize(1);
        assertThat(fixtures.recipientsOf(keys.getFirst())).containsExactly(fixtures.id("manager"));

        users.as("manager", () -> actions.flag(contract.id(), FlagSeverity.LOW, "My own reminder"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key like ?",
                        Integer.class,
                        "contract:" + contract.id() + ":flag:%"))
                .as("nobody hears of their own flag")
                .isEqualTo(1);
    }

    @Test
    void an_owner_who_can_no_longer_open_the_contract_hears_nothing_of_it() {
        String owner = fixtures.account(Role.ACCOUNT_MANAGER);
        String ref = "NT-" + UUID.randomUUID().toString().substring(0, 8);
        long customer = users.as(
                        owner,
                        () -> customers.create(new io.portalops.customer.CustomerForm(
                                ref,
                                "Notified " + ref,
                                io.portalops.customer.CustomerKind.COMPANY,
                                null,
                                null,
                                null,
                                null,
                                "DE",
                                io.portalops.customer.CustomerSegment.SMB,
                                io.portalops.customer.CustomerStatus.ACTIVE,
                                null,
                                null)))
                .id();
        ContractDetails contract = users.as(
                owner,
                () -> contracts.create(new ContractForm(
                        customer,
                        "Secret title " + ref,
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("100"),
                        "EUR",
                        LocalDate.now().plusDays(10),
                        LocalDate.now().plusYears(1),
                        true,
                        60,
                        null)));
        users.run("admin", () -> accounts.changeRoles(fixtures.id(owner), java.util.Set.of(Role.SERVICE_ADMIN)));

        users.run("analyst", () -> actions.flag(contract.id(), io.portalops.contract.FlagSeverity.HIGH, "Looks odd"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ? and (title like ? or body like ?)",
                        Integer.class,
                        fixtures.id(owner),
                        "%" + contract.number() + "%",
                        "%" + ref + "%"))
                .isZero();
    }
}
