package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The approval rule asked directly, one question at a time, on contracts and approvers this test creates. */
@SpringBootTest
class ApprovalRuleTest {

    @Autowired
    ApprovalRule rule;

    @Autowired
    ApprovalPolicy policy;

    @Autowired
    ContractService contracts;

    @Autowired
    ApprovalLimits approvalLimits;

    @Autowired
    ContractLookups lookups;

    @Autowired
    ContractActions actions;

    @Autowired
    ContractRepository repository;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_second_level_is_needed_only_above_the_threshold() {
        BigDecimal threshold = policy.twoLevelThreshold();
        assertThat(rule.requiredApprovals(new Money(threshold, policy.baseCurrency())))
                .isEqualTo(1);
        assertThat(rule.requiredApprovals(new Money(threshold.add(new BigDecimal("0.01")), policy.baseCurrency())))
                .isEqualTo(2);
    }

    @Test
    void four_eyes_refuses_non_approvers_the_owner_the_submitter_and_a_second_approval_by_the_same_approver() {
        long first = id(newApprover("500000"));
        long other = id(newApprover("500000"));
        Contract contract = pending("250000");
        List<ContractApproval> none = rule.currentRound(contract);

        assertThat(rule.refusal(contract, other, false, none)).contains("Only approvers");
        assertThat(rule.refusal(contract, contract.getOwnerId(), true, none)).contains("own or submitted");
        assertThat(rule.refusal(contract, contract.getSubmittedBy(), true, none))
                .contains("own or submitted");
        assertThat(rule.refusal(contract, first, true, none)).isNull();

        users.as(username(first), () -> actions.approve(contract.getId(), null));
        Contract afterFirst = reload(contract);
        List<ContractApproval> round = rule.currentRound(afterFirst);
        assertThat(round).hasSize(1);
        assertThat(rule.refusal(afterFirst, first, true, round)).contains("already approved");
        assertThat(rule.refusal(afterFirst, other, true, round)).isNull();
    }

    @Test
    void only_the_final_approval_needs_a_covering_limit_and_an_earlier_covering_approval_lifts_that_need() {
        long low = id(newApprover("1000"));
        long lowToo = id(newApprover("1000"));
        long high = id(newApprover("500000"));
        Contract lowFirst = pending("250000");
        assertThat(rule.limitRefusal(lowFirst, low, rule.currentRound(lowFirst)))
                .as("level one of two")
                .isNull();
        users.as(username(low), () -> actions.approve(lowFirst.getId(), null));
        Contract needsCover = reload(lowFirst);
        assertThat(rule.limitRefusal(needsCover, lowToo, rule.currentRound(needsCover)))
                .contains("does not cover")
                .contains("final approval");
        assertThat(rule.covered(needsCover, high, rule.currentRound(needsCover)))
                .isTrue();
        assertThat(rule.limitRefusal(needsCover, high, rule.currentRound(needsCover)))
                .isNull();

        Contract highFirst = pending("250000");
        users.as(username(high), () -> actions.approve(highFirst.getId(), null));
        Contract covered = reload(highFirst);
        assertThat(rule.limitRefusal(covered, low, rule.currentRound(covered))).isNull();
        assertThat(rule.limitOf(low)).isEqualByComparingTo("1000");
    }

    @Test
    void the_eligible_approvers_are_those_four_eyes_allows_and_whose_limit_or_an_earlier_one_covers_the_value() {
        long low = id(newApprover("1000"));
        long high = id(newApprover("500000"));
        long highToo = id(newApprover("500000"));
        Contract contract = pending("250000");
        assertThat(rule.eligible(contract, List.of(low, high, highToo, contract.getOwnerId())))
                .containsExactly(high, highToo);
        assertThat(lookups.eligibleApprovers(contract.getId()))
                .contains(high, highToo)
                .doesNotContain(low, contract.getOwnerId());

        users.as(username(high), () -> actions.approve(contract.getId(), null));
        Contract afterHigh = reload(contract);
        assertThat(rule.eligible(afterHigh, List.of(low, high, highToo))).containsExactly(low, highToo);
        assertThat(lookups.eligibleApprovers(contract.getId()))
                .contains(low, highToo)
                .doesNotContain(high);
    }

    private Contract pending(String amount) {
        long customerId = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        ContractForm form = new ContractForm(
                customerId,
                "Rule " + UUID.randomUUID().toString().substring(0, 6),
                ContractType.SUBSCRIPTION,
                new BigDecimal(amount),
                "EUR",
                LocalDate.now().plusDays(10),
                LocalDate.now().plusYears(1),
                true,
                60,
                null);
        long id = users.as("manager", () -> contracts.create(form)).id();
        users.as("manager", () -> actions.submit(id));
        return repository.findById(id).orElseThrow();
    }

    private Contract reload(Contract contract) {
        return repository.findById(contract.getId()).orElseThrow();
    }

    private String newApprover(String limit) {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username, "Rule " + username, null, Set.of(Role.APPROVER), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        users.run("admin", () -> approvalLimits.set(id(username), new BigDecimal(limit)));
        return username;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private String username(long id) {
        return jdbc.queryForObject("select username from account where id = ?", String.class, id);
    }
}
