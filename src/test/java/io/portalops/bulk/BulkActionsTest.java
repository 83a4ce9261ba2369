package io.portalops.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class BulkActionsTest {

    @Autowired
    BulkActions bulk;

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

    long customerOf(String manager) {
        return jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                Long.class,
                manager);
    }

    /** Drafts of the manager's first customer whose titles share a token, so a filter finds exactly them. */
    List<Long> drafts(String manager, String token, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ContractForm form = new ContractForm(
                    customerOf(manager),
                    "Bulk " + token + " " + i,
                    ContractType.SUBSCRIPTION,
                    new BigDecimal("1000"),
                    "EUR",
                    LocalDate.now().plusDays(10),
                    LocalDate.now().plusYears(1),
                    false,
                    30,
                    null);
            ids.add(users.as(manager, () -> contracts.create(form)).id());
        }
        return ids;
    }

    String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    String newAccount(Role... roles) {
        String username = "b" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Bulk " + username, null, Set.of(roles), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    boolean flagged(long id) {
        return jdbc.queryForObject("select flagged from contract where id = ?", Boolean.class, id);
    }

    String status(long id) {
        return jdbc.queryForObject("select status from contract where id = ?", String.class, id);
    }

    long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_log", Long.class);
    }

    static Map<String, String> flag(String reason) {
        return Map.of("severity", "HIGH", "reason", reason);
    }

    @Test
    void a_bulk_flag_does_the_rows_in_scope_and_refuses_others_and_missing_ids_alike_as_not_found() {
        List<Long> mine = drafts("manager", token(), 3);
        long others = drafts("manager2", token(), 1).getFirst();
        List<Long> selected = new ArrayList<>(mine);
        selected.add(others);
        selected.add(Long.MAX_VALUE);

        BulkResult result = users.as(
                "manager", () -> bulk.run("contracts", "flag", BulkSelection.ofIds(selected), flag("Check terms")));

        assertThat(result.selected()).isEqualTo(5);
        assertThat(result.done()).isEqualTo(3);
        assertThat(result.refused()).isEqualTo(2);
        assertThat(result.refusedRows())
                .extracting(BulkRowResult::id, BulkRowResult::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(others, "Not found."),
                        org.assertj.core.groups.Tuple.tuple(Long.MAX_VALUE, "Not found."));
        assertThat(mine).allMatch(this::flagged);
        assertThat(flagged(others)).isFalse();
    }

    @Test
    void a_bulk_run_is_audited_once_with_its_ids_besides_each_rows_own_entry() {
        List<Long> mine = drafts("manager", token(), 2);
        long before = auditEntries();

        BulkResult result = users.as(
                "manager",
                () -> bulk.run(
                        "contracts",
                        "flag",
                        BulkSelection.ofIds(List.of(mine.get(0), mine.get(1), Long.MAX_VALUE)),
                        flag("Audit me")));

        Map<String, Object> entry = jdbc.queryForMap(
                "select action, actor_name, details->>'done' as done, details->>'refused' as refused, "
                        + "details->'fields'->>'reason' as reason from audit_log where seq = ?",
                result.auditSeq());
        assertThat(entry.get("action")).isEqualTo("bulk.contracts.flag");
        assertThat(entry.get("actor_name")).isEqualTo("manager");
        assertThat(entry.get("done")).isEqualTo("[" + mine.get(0) + ", " + mine.get(1) + "]");
        assertThat(entry.get("refused")).isEqualTo("[" + Long.MAX_VALUE + "]");
        assertThat(entry.get("reason")).isEqualTo("Audit me");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where seq > ? and action = 'bulk.contracts.flag'",
                        Long.class,
                        before))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where seq > ? and action = 'contract.flagged' "
                                + "and target_id in (?, ?)",
                        Long.class,
                        before,
                        mine.get(0).toString(),
                        mine.get(1).toString()))
                .isEqualTo(2);
    }

    @Test
    void a_filter_selects_on_the_server_exactly_the_rows_the_grid_lists_in_the_callers_scope() {
        String token = token();
        List<Long> mine = drafts("manager", token, 3);
        drafts("manager2", token, 2);

        BulkPlan plan =
                users.as("manager", () -> bulk.plan("contracts", BulkSelection.ofFilter(Map.of("text", token))));
        BulkResult result = users.as(
                "manager",
                () -> bulk.run(
                        "contracts", "note", BulkSelection.ofFilter(Map.of("text", token)), Map.of("note", "Hi")));

        assertThat(plan.ids()).containsExactlyElementsOf(mine);
        assertThat(result.done()).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where contract_id in (?, ?, ?) and body = 'Hi'",
                        Long.class,
                        mine.get(0),
                        mine.get(1),
                        mine.get(2)))
                .isEqualTo(3);
    }

    @Test
    void a_bulk_approval_where_four_eyes_blocks_one_contract_approves_none_and_names_the_blocker() {
        String dual = newAccount(Role.ADMIN, Role.APPROVER);
        long own = createAndSubmitAs(dual);
        long others = createAndSubmitAs("manager");

        BulkResult refused = users.as(
                dual, () -> bulk.run("contracts", "approve", BulkSelection.ofIds(List.of(own, others)), Map.of()));

        assertThat(refused.done()).isZero();
        assertThat(refused.refused()).isEqualTo(2);
        assertThat(refused.rows().get(0).reason()).startsWith("Four eyes");
        assertThat(refused.rows().get(1).reason()).startsWith("Not run: 1 of the 2 selected");
        assertThat(status(own)).isEqualTo("PENDING_APPROVAL");
        assertThat(status(others)).isEqualTo("PENDING_APPROVAL");

        BulkResult approved =
                users.as(dual, () -> bulk.run("contracts", "approve", BulkSelection.ofIds(List.of(others)), Map.of()));
        assertThat(approved.done()).isOne();
        assertThat(status(others)).isEqualTo("APPROVED");
    }

    long createAndSubmitAs(String username) {
        long customer = customerOf("manager");
        ContractForm form = new ContractForm(
                customer,
                "Bulk approval " + token(),
                ContractType.SUBSCRIPTION,
                new BigDecimal("1000"),
                "EUR",
                LocalDate.now().plusDays(10),
                LocalDate.now().plusYears(1),
                false,
                30,
                null);
        long id = users.as(username, () -> contracts.create(form)).id();
        users.as(username, () -> actions.submit(id));
        return id;
    }

    @Test
    void a_selection_over_the_maximum_is_refused_before_any_row_is_touched() {
        long mine = drafts("manager", token(), 1).getFirst();
        List<Long> ids = new ArrayList<>(List.of(mine));
        LongStream.rangeClosed(1, bulk.limits().maxRows()).forEach(i -> ids.add(Long.MAX_VALUE - i));
        long before = auditEntries();

        assertThatThrownBy(() -> users.as(
                        "manager", () -> bulk.run("contracts", "flag", BulkSelection.ofIds(ids), flag("Too many"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at most 10,000 rows");
        assertThat(flagged(mine)).isFalse();
        assertThat(auditEntries()).isEqualTo(before);
    }

    @Test
    void bad_fields_and_unknown_actions_are_refused_before_any_row_is_touched() {
        long mine = drafts("manager", token(), 1).getFirst();
        BulkSelection one = BulkSelection.ofIds(List.of(mine));

        assertThatThrownBy(() ->
                        users.as("manager", () -> bulk.run("contracts", "flag", one, Map.of("severity", "HIGH"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Reason is required");
        assertThatThrownBy(() -> users.as(
                        "manager", () -> bulk.run("contracts", "flag", one, Map.of("severity", "HUGE", "reason", "x"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as(
                        "manager", () -> bulk.run("contracts", "note", one, Map.of("note", "x", "department", "y"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as("manager", () -> bulk.run("contracts", "delete", one, Map.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as("analyst", () -> bulk.run("contracts", "approve", one, Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(flagged(mine)).isFalse();
    }

    @Test
    void two_bulk_runs_racing_over_the_same_rows_clear_each_flag_exactly_once() throws Exception {
        List<Long> mine = drafts("manager", token(), 6);
        users.as("manager", () -> bulk.run("contracts", "flag", BulkSelection.ofIds(mine), flag("Race")));
        assertThat(mine).allMatch(this::flagged);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BulkResult>> runs = new ArrayList<>();
            for (String who : List.of("manager", "admin")) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return users.as(
                            who,
                            () -> bulk.run(
                                    "contracts", "unflag", BulkSelection.ofIds(mine), Map.of("reason", "Race over")));
                }));
            }
            start.countDown();
            BulkResult first = runs.get(0).get();
            BulkResult second = runs.get(1).get();

            assertThat(first.done() + second.done()).isEqualTo(6);
            assertThat(first.refused() + second.refused()).isEqualTo(6);
            assertThat(first.refusedRows())
                    .allSatisfy(row -> assertThat(row.reason()).isEqualTo("There is no open flag to clear."));
            assertThat(mine).noneMatch(this::flagged);
            assertThat(jdbc.queryForObject(
                            "select count(*) from contract_flag where contract_id = any(?) and cleared_at is not null",
                            Long.class,
                            (Object) mine.toArray(Long[]::new)))
                    .isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }
}
