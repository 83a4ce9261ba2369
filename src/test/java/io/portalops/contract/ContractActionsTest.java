package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ContractActionsTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ApprovalLimits limits;

    @Autowired
    ContractActions actions;

    @Autowired
    @Qualifier("contractActivationJob")
    ContractTransitionJob activationJob;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    long customerOf(String manager) {
        return jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                Long.class,
                manager);
    }

    ContractForm form(long customerId, String amount, String currency) {
        return new ContractForm(
                customerId,
                "Test contract " + UUID.randomUUID().toString().substring(0, 6),
                ContractType.SUBSCRIPTION,
                new BigDecimal(amount),
                currency,
                LocalDate.now().plusDays(10),
                LocalDate.now().plusYears(1),
                true,
                60,
                null);
    }

    ContractDetails draft(String manager, String amount) {
        return users.as(manager, () -> contracts.create(form(customerOf(manager), amount, "EUR")));
    }

    ContractDetails pending(String manager, String amount) {
        long id = draft(manager, amount).id();
        return users.as(manager, () -> actions.submit(id));
    }

    String newAccount(Role... roles) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Test " + username, null, Set.of(roles), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    @Test
    void a_draft_gets_a_readable_number_the_customers_owner_and_a_cancellation_deadline() {
        ContractDetails draft = draft("manager", "1200.5");
        assertThat(draft.number()).matches("CT-\\d{4}-\\d{6}");
        assertThat(draft.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(draft.ownerName()).isEqualTo("Maria Manager");
        assertThat(draft.value().amount()).isEqualByComparingTo("1200.50");
        assertThat(draft.cancellationDeadline()).isEqualTo(draft.endDate().minusDays(60));
        assertThat(draft.availableActions())
                .contains(ContractDetails.AvailableAction.SUBMIT, ContractDetails.AvailableAction.EDIT);
    }

    @Test
    void an_account_manager_cannot_create_a_contract_for_another_managers_customer() {
        assertThatThrownBy(() ->
                        users.as("manager", () -> contracts.create(form(customerOf("manager2"), "100", "EUR"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_input_is_refused_and_nothing_is_saved() {
        Integer before = jdbc.queryForObject("select count(*) from contract", Integer.class);
        long customer = customerOf("manager");
        assertThatThrownBy(() -> users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customer,
                                "x",
                                ContractType.LICENSE,
                                new BigDecimal("10"),
                                "EUR",
                                LocalDate.now(),
                                LocalDate.now().minusDays(1),
                                false,
                                30,
                                null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("end date");
        assertThatThrownBy(() -> users.as("manager", () -> contracts.create(form(customer, "10", "JPY"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from contract", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void a_single_level_contract_is_approved_by_one_approver_and_the_second_finds_it_no_longer_awaiting_a_decision() {
        ContractDetails contract = pending("manager", "10000");
        assertThat(contract.requiredApprovals()).isEqualTo(1);
        ContractDetails approved = users.as("approver", () -> actions.approve(contract.id(), "Looks right"));
        assertThat(approved.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(approved.approvals()).singleElement().satisfies(step -> {
            assertThat(step.approverName()).isEqualTo("Alice Approver");
            assertThat(step.level()).isEqualTo(1);
            assertThat(step.comment()).isEqualTo("Looks right");
        });
        assertThatThrownBy(() -> users.as("approver2", () -> actions.approve(contract.id(), null)))
                .isInstanceOf(io.portalops.shared.NotFoundException.class)
                .hasMessageContaining("awaits your decision")
                .hasMessageNotContaining(contract.number());
        assertThat(events.stream(ContractEvent.Approved.class).filter(e -> e.contractId() == contract.id()))
                .hasSize(1);
    }

    @Test
    void nobody_decides_a_contract_they_own_or_submitted() {
        String adminApprover = newAccount(Role.ADMIN, Role.APPROVER);
        long id = draft("manager", "500").id();
        users.run(adminApprover, () -> actions.submit(id));
        assertThatThrownBy(() -> users.as(adminApprover, () -> actions.approve(id, null)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("Four eyes");
        assertThat(users.as(adminApprover, () -> contracts.get(id)).availableActions())
                .doesNotContain(ContractDetails.AvailableAction.APPROVE);

        String managerApprover = newAccount(Role.ACCOUNT_MANAGER, Role.APPROVER);
        jdbc.update(
                "update contract set owner_id = (select id from account where username = ?) where id = ?",
                managerApprover,
                id);
        assertThatThrownBy(() -> users.as(managerApprover, () -> actions.reject(id, "mine")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("Four eyes");
        assertThat(users.as("approver", () -> contracts.get(id)).status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
    }

    @Test
    void an_approver_whose_limit_does_not_cover_the_value_cannot_give_the_only_approval() {
        String smallLimit = newAccount(Role.APPROVER);
        ContractDetails contract = pending("manager", "60000");
        assertThatThrownBy(() -> users.as(smallLimit, () -> actions.approve(contract.id(), null)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("limit");
        assertThat(users.as("approver", () -> actions.approve(contract.id(), null))
                        .status())
                .isEqualTo(ContractStatus.APPROVED);
    }

    @Test
    void above_the_threshold_two_different_approvers_approve_and_one_of_them_covers_the_value() {
        ContractDetails contract = pending("manager", "600000");
        assertThat(contract.requiredApprovals()).isEqualTo(2);
        ContractDetails first = users.as("approver", () -> actions.approve(contract.id(), "level one"));
        assertThat(first.status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> users.as("approver", () -> actions.approve(contract.id(), null)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("different approver");

        String mediumLimit = newAccount(Role.APPROVER);
        users.run(
                "admin",
                () -> limits.set(
                        jdbc.queryForObject("select id from account where username = ?", Long.class, mediumLimit),
                        new BigDecimal("300000")));
        assertThatThrownBy(() -> users.as(mediumLimit, () -> actions.approve(contract.id(), null)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("limit");

        ContractDetails done = users.as("approver2", () -> actions.approve(contract.id(), "level two"));
        assertThat(done.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(done.approvals())
                .extracting(ContractDetails.ApprovalStep::level)
                .containsExactly(1, 2);
    }

    @Test
    void a_rejection_needs_a_reason_and_a_revised_contract_starts_a_new_approval_round() {
        ContractDetails contract = pending("manager", "1000");
        assertThatThrownBy(() -> users.as("approver", () -> actions.reject(contract.id(), " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(users.as("approver", () -> actions.reject(contract.id(), "Wrong price list"))
                        .status())
                .isEqualTo(ContractStatus.REJECTED);
        assertThat(users.as("manager", () -> actions.revise(contract.id())).status())
                .isEqualTo(ContractStatus.DRAFT);
        users.run("manager", () -> actions.submit(contract.id()));
        ContractDetails approved = users.as("approver", () -> actions.approve(contract.id(), null));
        assertThat(approved.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(approved.approvals())
                .extracting(ContractDetails.ApprovalStep::round)
                .containsExactly(1, 2);
    }

    @Test
    void two_approvers_at_the_same_moment_one_wins_and_the_other_finds_it_no_longer_awaiting_a_decision()
            throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            ContractDetails contract = pending("manager", "2000");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (String approver : List.of("approver", "approver2")) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        users.as(approver, () -> actions.approve(contract.id(), null));
                        return "won";
                    } catch (io.portalops.shared.NotFoundException e) {
                        return "already decided";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            pool.shutdown();
            Collections.sort(outcomes);
            assertThat(outcomes).containsExactly("already decided", "won");
            assertThat(jdbc.queryForObject(
                            "select count(*) from contract_approval where contract_id = ?",
                            Integer.class,
                            contract.id()))
                    .isEqualTo(1);
        }
    }

    @Test
    void illegal_actions_are_refused_and_change_nothing() {
        ContractDetails contract = draft("manager", "100");
        assertThatThrownBy(() -> users.as("manager", () -> actions.activate(contract.id())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("draft cannot be activated");
        assertThatThrownBy(() -> users.as("manager", () -> actions.terminate(contract.id(), "no")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> users.as("approver", () -> actions.approve(contract.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("manager", () -> contracts.get(contract.id())).status())
                .isEqualTo(ContractStatus.DRAFT);
        assertThat(users.as("manager", () -> contracts.get(contract.id())).version())
                .isEqualTo(contract.version());
    }

    @Test
    void the_activation_job_activates_approved_contracts_whose_start_date_has_come() {
        ContractDetails contract = pending("manager", "100");
        users.run("approver", () -> actions.approve(contract.id(), null));
        Clock beforeStart =
                Clock.fixed(contract.startDate().minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        activationJob.run(beforeStart);
        assertThat(users.as("manager", () -> contracts.get(contract.id())).status())
                .isEqualTo(ContractStatus.APPROVED);
        Clock onStart =
                Clock.fixed(contract.startDate().atStartOfDay().plusHours(1).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertThat(activationJob.run(onStart)).isGreaterThanOrEqualTo(1);
        assertThat(users.as("manager", () -> contracts.get(contract.id())).status())
                .isEqualTo(ContractStatus.ACTIVE);
        assertThat(users.as("manager", () -> actions.terminate(contract.id(), "Customer left"))
                        .status())
                .isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void scope_follows_the_role() {
        ContractDetails draft = draft("manager", "100");
        ContractDetails pending = pending("manager", "100");
        assertThatThrownBy(() -> users.as("manager2", () -> contracts.get(draft.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("approver", () -> contracts.get(draft.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("approver", () -> contracts.get(pending.id())).number())
                .isEqualTo(pending.number());
        assertThat(users.as("analyst", () -> contracts.get(draft.id())).availableActions())
                .containsExactlyInAnyOrder(ContractDetails.AvailableAction.NOTE, ContractDetails.AvailableAction.FLAG);
        assertThatThrownBy(() -> users.as("analyst", () -> actions.submit(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("serviceadmin", () -> contracts.get(draft.id())))
                .isInstanceOf(AccessDeniedException.class);

        var managerRows = users.as("manager", () -> contracts.search(ContractFilter.none(), List.of(), 0, 500))
                .items();
        assertThat(managerRows)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.ownerName()).isEqualTo("Maria Manager"));
        var approverRows = users.as(
                        "approver",
                        () -> contracts.search(
                                new ContractFilter(
                                        ContractStatus.DRAFT, null, null, null, null, null, null, null, null, false),
                                List.of(),
                                0,
                                50))
                .items();
        assertThat(approverRows).isEmpty();
        var awaiting = users.as(
                        "approver",
                        () -> contracts.search(
                                new ContractFilter(null, null, null, null, null, null, null, null, null, true),
                                List.of(),
                                0,
                                500))
                .items();
        assertThat(awaiting)
                .extracting(ContractListItem::id)
                .contains(pending.id())
                .allSatisfy(id -> assertThat(id).isNotNull());
        assertThat(users.as("approver", () -> contracts.awaitingMyDecision())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void flags_are_raised_and_cleared_with_reasons_by_analysts_and_owners_but_not_by_other_managers() {
        ContractDetails contract = draft("manager", "100");
        ContractDetails flagged =
                users.as("analyst", () -> actions.flag(contract.id(), FlagSeverity.HIGH, "Unusual discount"));
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.flags())
                .singleElement()
                .satisfies(f -> assertThat(f.open()).isTrue());
        assertThatThrownBy(() -> users.as("manager", () -> actions.unflag(contract.id(), null, " ")))
                .isInstanceOf(InvalidInputException.class);
        ContractDetails cleared =
                users.as("manager", () -> actions.unflag(contract.id(), null, "Discount approved by CFO"));
        assertThat(cleared.flagged()).isFalse();
        assertThat(cleared.flags())
                .singleElement()
                .satisfies(f -> assertThat(f.clearReason()).isEqualTo("Discount approved by CFO"));
        assertThat(events.stream(ContractEvent.Flagged.class).filter(e -> e.contractId() == contract.id()))
                .hasSize(1);
        assertThat(events.stream(ContractEvent.Unflagged.class).filter(e -> e.contractId() == contract.id()))
                .hasSize(1);
    }

    @Test
    void notes_store_mentions_as_account_ids_and_lock_after_fifteen_minutes() {
        // pending, so that approvers may open it and be mentioned (ContractRowScopeTest: nobody else may)
        ContractDetails contract = pending("manager", "100");
        ContractDetails noted = users.as(
                "analyst",
                () -> actions.note(
                        contract.id(),
                        "Please check the price @approver and @Manager, mail x@example.com. <script>alert(1)</script>"));
        ContractDetails.Comment comment = noted.comments().getFirst();
        assertThat(comment.mentionedUsernames()).containsExactly("approver", "manager");
        assertThat(comment.body()).contains("<script>");
        assertThat(comment.editable()).isTrue();
        assertThat(jdbc.queryForList(
                        "select a.username from contract_comment_mention m join account a on a.id = m.account_id "
                                + "where m.comment_id = ? order by 1",
                        String.class,
                        comment.id()))
                .containsExactly("approver", "manager");
        assertThat(events.stream(ContractEvent.Noted.class)
                        .filter(e -> e.commentId() == comment.id())
                        .findFirst()
                        .orElseThrow()
                        .mentionedAccountIds())
                .hasSize(2);

        users.run("analyst", () -> actions.editNote(contract.id(), comment.id(), "Edited in time @approver2"));
        assertThatThrownBy(() -> users.as("manager", () -> actions.editNote(contract.id(), comment.id(), "not mine")))
                .isInstanceOf(ActionRefusedException.class);
        jdbc.update(
                "update contract_comment set created_at = created_at - interval '16 minutes' where id = ?",
                comment.id());
        assertThatThrownBy(() -> users.as("analyst", () -> actions.editNote(contract.id(), comment.id(), "too late")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("locked");
        assertThat(users.as("analyst", () -> contracts.get(contract.id()))
                        .comments()
                        .getFirst()
                        .body())
                .isEqualTo("Edited in time @approver2");
    }
}
