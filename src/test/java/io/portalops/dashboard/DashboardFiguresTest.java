package io.portalops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.contract.ContractFigures;
import io.portalops.contract.ContractFigures.Reach;
import io.portalops.contract.ContractFigures.StatusFigure;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.contract.ContractType;
import io.portalops.event.EventFigures;
import io.portalops.event.EventFixtures;
import io.portalops.payment.PaymentFilter;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import io.portalops.payment.PaymentSortField;
import io.portalops.shared.paging.SortOrder;
import io.portalops.workflow.TaskFilter;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskStatus;
import io.portalops.workflow.WorkflowService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's pre-aggregated figures against direct queries over the same generated data (demo data plus what a
 * test adds), for each role's scope, after a refresh; and that figures move only when the rollups are refreshed.
 */
@SpringBootTest
class DashboardFiguresTest {

    @Autowired
    Dashboard dashboard;

    @Autowired
    DashboardRefreshJob refresh;

    @Autowired
    ContractFigures contractFigures;

    @Autowired
    EventFigures eventFigures;

    @Autowired
    ContractService contracts;

    @Autowired
    io.portalops.contract.ContractActions actionsOnContracts;

    @Autowired
    PaymentRegister payments;

    @Autowired
    WorkflowService workflow;

    @Autowired
    EventFixtures events;

    @Autowired
    io.portalops.event.EventLog eventLog;

    @Autowired
    TestUsers users;

    @Autowired
    io.portalops.inventory.SaasCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void refreshFigures() {
        refresh.execute(clock);
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    Map<ContractStatus, List<Long>> directByStatus(String ownerCondition, Object... args) {
        Map<ContractStatus, List<Long>> direct = new HashMap<>();
        jdbc.query(
                "select status, count(*), count(*) filter (where flagged) from contract " + ownerCondition
                        + " group by status",
                rs -> {
                    direct.put(ContractStatus.valueOf(rs.getString(1)), List.of(rs.getLong(2), rs.getLong(3)));
                },
                args);
        return direct;
    }

    static Map<ContractStatus, List<Long>> asMap(List<StatusFigure> figures) {
        return figures.stream()
                .collect(Collectors.toMap(StatusFigure::status, f -> List.of(f.contracts(), f.flagged())));
    }

    @Test
    void contracts_by_status_equal_the_contract_table_for_all_and_for_each_account_managers_own() {
        assertThat(asMap(users.as("analyst", () -> contractFigures.byStatus(Reach.ALL))))
                .isEqualTo(directByStatus(""));
        for (String manager : List.of("manager", "manager2")) {
            Map<ContractStatus, List<Long>> own = directByStatus("where owner_id = ?", accountId(manager));
            assertThat(own).isNotEmpty();
            assertThat(asMap(users.as(manager, () -> contractFigures.byStatus(Reach.OWN))))
                    .as(manager)
                    .isEqualTo(own);
        }
        assertThat(asMap(users.as("manager", () -> contractFigures.byStatus(Reach.OWN))))
                .isNotEqualTo(asMap(users.as("manager2", () -> contractFigures.byStatus(Reach.OWN))));
    }

    @Test
    void contract_value_by_month_equals_direct_sums_per_currency_of_new_and_expiring_contracts() {
        AnalysisFigures analysis =
                users.as("analyst", () -> dashboard.snapshot().analysis());
        assertThat(analysis).isNotNull();
        Map<String, BigDecimal> direct = new HashMap<>();
        jdbc.query(
                "select to_char(date_trunc('month', start_date), 'YYYY-MM') || ' ' || value_currency || ' new', sum(value_amount) "
                        + "from contract where status in ('APPROVED','ACTIVE','EXPIRED','TERMINATED') and start_date between ? and ? group by 1 "
                        + "union all select to_char(date_trunc('month', end_date), 'YYYY-MM') || ' ' || value_currency || ' end', sum(value_amount) "
                        + "from contract where status in ('APPROVED','ACTIVE','EXPIRED') and end_date between ? and ? group by 1",
                rs -> {
                    direct.put(rs.getString(1), rs.getBigDecimal(2));
                },
                Date.valueOf(analysis.firstMonth().atDay(1)),
                Date.valueOf(analysis.lastMonth().atEndOfMonth()),
                Date.valueOf(analysis.firstMonth().atDay(1)),
                Date.valueOf(analysis.lastMonth().atEndOfMonth()));
        Map<String, BigDecimal> rolled = new HashMap<>();
        analysis.valueByMonth().forEach(m -> {
            if (m.newContracts() > 0) {
                rolled.put(m.month() + " " + m.currency() + " new", m.newValue());
            }
            if (m.expiringContracts() > 0) {
                rolled.put(m.month() + " " + m.currency() + " end", m.expiringValue());
            }
        });
        assertThat(direct).isNotEmpty();
        assertThat(rolled).isEqualTo(direct);
    }

    @Test
    void an_account_managers_contracts_ending_in_90_days_equal_a_direct_count_split_by_auto_renew() {
        LocalDate today = LocalDate.now(clock);
        long owner = accountId("manager");
        AccountFigures account = users.as("manager", () -> dashboard.snapshot().account());
        assertThat(account).isNotNull();
        assertThat(account.endingByWeek()).hasSize(13);
        assertThat(account.endingByWeek().getFirst().from()).isEqualTo(today);
        assertThat(account.endingByWeek().getLast().to()).isEqualTo(today.plusDays(Dashboard.ENDING_DAYS - 1));
        String count =
                "select count(*) from contract where owner_id = ? and status = 'ACTIVE' and end_date between ? and ? and auto_renew = ?";
        Object[] window = {owner, Date.valueOf(today), Date.valueOf(today.plusDays(Dashboard.ENDING_DAYS - 1))};
        assertThat(account.renewing())
                .isEqualTo(jdbc.queryForObject(count, Long.class, window[0], window[1], window[2], true));
        assertThat(account.expiring())
                .isEqualTo(jdbc.queryForObject(count, Long.class, window[0], window[1], window[2], false));
        assertThat(account.renewing() + account.expiring()).isPositive();
        assertThat(account.openFlags())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from contract where owner_id = ? and flagged", Long.class, owner));
    }

    @Test
    void the_approvers_queue_equals_the_contracts_grids_awaiting_me_count_and_its_oldest_submission() {
        for (String approver : List.of("approver", "approver2")) {
            long me = accountId(approver);
            var queue = users.as(approver, () -> contractFigures.myQueue());
            assertThat(queue.waiting())
                    .as(approver)
                    .isEqualTo(users.as(approver, () -> contracts.awaitingMyDecision()))
                    .isPositive();
            Instant oldest = jdbc.queryForObject(
                            "select min(c.submitted_at) from contract c where c.status = 'PENDING_APPROVAL' "
                                    + "and c.owner_id <> ? and coalesce(c.submitted_by, 0) <> ? and not exists (select 1 from contract_approval a "
                                    + "where a.contract_id = c.id and a.round = c.approval_round and a.approver_id = ?)",
                            java.sql.Timestamp.class,
                            me,
                            me,
                            me)
                    .toInstant();
            assertThat(queue.oldestSubmittedAt()).isEqualTo(oldest);
        }
    }

    @Test
    void the_waiting_for_me_figure_counts_a_new_submission_at_once_as_the_navigation_badge_does() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        long before = users.as("approver", () -> contractFigures.myQueue().waiting());
        var draft = users.as(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        "Queue " + UUID.randomUUID().toString().substring(0, 6),
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("1500"),
                        "EUR",
                        LocalDate.now(clock),
                        LocalDate.now(clock).plusYears(1),
                        true,
                        30,
                        null)));
        users.run("manager", () -> actionsOnContracts.submit(draft.id()));

        // no rollup refresh in between: the dashboard and the badge read the same live count
        long waiting = users.as("approver", () -> contractFigures.myQueue().waiting());
        assertThat(waiting).isEqualTo(before + 1);
        assertThat(waiting).isEqualTo(users.as("approver", () -> contracts.awaitingMyDecision()));
        assertThat(users.as("approver", () -> dashboard.snapshot().approvals().waiting()))
                .isEqualTo(waiting);
    }

    @Test
    void decisions_this_week_count_the_approvers_own_decisions_since_monday() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long me = accountId("approver");
        Long pending = jdbc.queryForObject(
                "select min(c.id) from contract c where c.status = 'PENDING_APPROVAL' and c.required_approvals = 1 "
                        + "and c.value_currency = 'EUR' and c.value_amount < 100000 and c.owner_id <> ? and coalesce(c.submitted_by, 0) <> ?",
                Long.class,
                me,
                me);
        users.run("approver", () -> actionsOnContracts.approve(pending, "Dashboard test"));
        refresh.execute(clock);
        ApprovalFigures figures =
                users.as("approver", () -> dashboard.snapshot().approvals());
        assertThat(figures.approvedThisWeek()).isPositive();
        assertThat(figures.weeks()).hasSize(Dashboard.DECISION_WEEKS);
        assertThat(figures.weeks().getLast().from()).isEqualTo(monday);
        long sixWeeks = figures.weeks().stream()
                .mapToLong(w -> w.approved() + w.rejected())
                .sum();
        assertThat(sixWeeks)
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from contract_approval where approver_id = ? and decided_at >= ?",
                        Long.class,
                        me,
                        Date.valueOf(monday.minusWeeks(Dashboard.DECISION_WEEKS - 1))));
        assertThat(figures).isNotNull();
        String count =
                "select count(*) from contract_approval where approver_id = ? and decided_at >= ? and decision = ?";
        assertThat(figures.approvedThisWeek())
                .isEqualTo(jdbc.queryForObject(count, Long.class, me, Date.valueOf(monday), "APPROVED"));
        assertThat(figures.rejectedThisWeek())
                .isEqualTo(jdbc.queryForObject(count, Long.class, me, Date.valueOf(monday), "REJECTED"));
    }

    @Test
    void events_per_day_and_type_and_the_top_customers_equal_direct_queries_over_the_events_table() {
        LocalDate first = LocalDate.now(clock).minusDays(Dashboard.EVENT_DAYS - 1);
        Map<String, Long> direct = new HashMap<>();
        jdbc.query(
                "select occurred_at::date || ' ' || type, count(*) from events where occurred_at >= ? "
                        + "and occurred_at < ? group by 1",
                rs -> {
                    direct.put(rs.getString(1), rs.getLong(2));
                },
                Date.valueOf(first),
                Date.valueOf(LocalDate.now(clock).plusDays(1)));
        Map<String, Long> rolled = users.as("analyst", () -> eventFigures.perDayAndType(first)).stream()
                .collect(Collectors.toMap(d -> d.day() + " " + d.type(), EventFigures.DayFigure::events));
        assertThat(direct).isNotEmpty();
        assertThat(rolled).isEqualTo(direct);
        List<Long> topDirect = jdbc.queryForList(
                "select count(*) from events where occurred_at >= ? and occurred_at < ? and customer_id is not null "
                        + "group by customer_id order by count(*) desc, customer_id limit 10",
                Long.class,
                Date.valueOf(first),
                Date.valueOf(LocalDate.now(clock).plusDays(1)));
        assertThat(users.as("admin", () -> eventFigures.topCustomers(10)).stream()
                        .map(EventFigures.CustomerVolume::events)
                        .toList())
                .isEqualTo(topDirect);
    }

    @Test
    void an_account_manager_gets_the_high_severity_events_of_their_own_customers_only() {
        String source = EventFixtures.uniqueSource();
        String mine = events.customerOf("manager");
        String theirs = events.customerOf("manager2");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long missed = events.ingest(source, "payment.missed", mine, now.minusSeconds(60));
        long complaint = events.ingest(
                source,
                "complaint.opened",
                theirs,
                now.minusSeconds(30),
                "{\"severity\": \"high\", \"subject\": \"Invoice wrong\"}");
        long mild = events.ingest(
                source,
                "complaint.opened",
                mine,
                now.minusSeconds(20),
                "{\"severity\": \"low\", \"subject\": \"Typo\"}");
        long login = events.ingest(source, "login", mine, now.minusSeconds(10), "{\"channel\": \"web\"}");
        refresh.execute(clock);
        EventFigures.Alerts managers = users.as("manager", () -> eventFigures.myCustomersAlerts(20));
        EventFigures.Alerts others = users.as("manager2", () -> eventFigures.myCustomersAlerts(20));
        assertThat(managers.newest())
                .extracting(EventFigures.Alert::eventPk)
                .contains(missed)
                .doesNotContain(complaint, mild, login);
        assertThat(others.newest())
                .extracting(EventFigures.Alert::eventPk)
                .contains(complaint)
                .doesNotContain(missed);
        assertThat(managers.newest().getFirst().eventPk()).isEqualTo(missed);
        String direct =
                "select count(*) from events e join event_type t on t.name = e.type join customer c on c.id = e.customer_id "
                        + "where c.owner_id = ? and e.occurred_at >= now() - interval '7 days' and e.occurred_at <= now() "
                        + "and coalesce(lower(e.payload ->> 'severity'), lower(t.severity)) = 'high'";
        assertThat(managers.total()).isEqualTo(jdbc.queryForObject(direct, Long.class, accountId("manager")));
        var filter = new io.portalops.event.EventFilter(
                null, null, null, source, now.minusSeconds(3600), null, io.portalops.event.EventSeverity.HIGH);
        assertThat(users.as("manager", () -> eventLog.search(filter, null, 50)).items())
                .extracting(io.portalops.event.EventListItem::id)
                .containsExactly(missed);
        assertThat(users.as("admin", () -> eventLog.search(filter, null, 50)).items())
                .extracting(io.portalops.event.EventListItem::id)
                .containsExactlyInAnyOrder(missed, complaint);
        assertThat(others.total()).isEqualTo(jdbc.queryForObject(direct, Long.class, accountId("manager2")));
    }

    @Test
    void saas_figures_follow_the_callers_scope_and_spend_equals_the_billing_schedule() {
        for (String user : List.of("admin", "serviceadmin", "productadmin")) {
            SaasFigures saas = users.as(user, () -> dashboard.snapshot().saas());
            assertThat(saas).as(user).isNotNull();
            List<PaymentListItem> records = users.as(
                    user,
                    () -> payments.search(
                                    PaymentFilter.none(),
                                    List.of(SortOrder.parse("deadline,asc", PaymentSortField.class)),
                                    0,
                                    PaymentRegister.MAX_PAGE)
                            .items());
            assertThat(records).as(user).isNotEmpty();
            Map<String, BigDecimal> expected = new HashMap<>();
            for (PaymentListItem record : records) {
                for (LocalDate charge = record.nextRenewal();
                        !charge.isBefore(saas.firstMonth().atDay(1));
                        charge = charge.minusMonths(record.cycle().months())) {
                    if (!YearMonth.from(charge).isAfter(saas.lastMonth())) {
                        expected.merge(
                                YearMonth.from(charge) + " " + record.serviceId() + " "
                                        + record.amount().currency(),
                                record.amount().amount(),
                                BigDecimal::add);
                    }
                }
            }
            Map<String, BigDecimal> rolled = saas.spend().stream()
                    .collect(Collectors.toMap(
                            s -> s.month() + " " + s.serviceId() + " " + s.currency(), s -> s.amount()));
            List<String> differences = expected.keySet().stream()
                    .filter(k -> !expected.get(k).equals(rolled.get(k)))
                    .map(k -> k + ": expected " + expected.get(k) + ", rolled " + rolled.get(k))
                    .limit(5)
                    .toList();
            assertThat(differences).as(user).isEmpty();
            assertThat(rolled.keySet()).as(user).isEqualTo(expected.keySet());
            assertThat(saas.deadlines())
                    .extracting(SaasFigures.Deadline::recordId)
                    .as(user)
                    .isSubsetOf(records.stream().map(PaymentListItem::id).toList());
            for (TaskKind kind : TaskKind.values()) {
                long open = users.as(user, () -> openTasks(kind));
                assertThat(saas.tasks())
                        .filteredOn(t -> t.kind() == kind)
                        .singleElement()
                        .as(user + " " + kind)
                        .extracting(t -> t.open())
                        .isEqualTo(open);
            }
        }
        SaasFigures productAdmin =
                users.as("productadmin", () -> dashboard.snapshot().saas());
        assertThat(productAdmin.seesCards()).isFalse();
        assertThat(productAdmin.seats())
                .extracting(SaasFigures.SeatUse::productName)
                .containsOnly("Gmail", "Drive");
        assertThat(users.as("admin", () -> dashboard.snapshot().saas().seats()).size())
                .isGreaterThan(productAdmin.seats().size());
    }

    @Test
    void the_unused_seats_tile_equals_the_services_grid_it_opens_for_each_saas_role() {
        for (String user : List.of("admin", "serviceadmin", "productadmin")) {
            Map<String, BigDecimal> tile = users
                    .as(user, () -> dashboard.snapshot().saas())
                    .unusedMonthly()
                    .stream()
                    .filter(m -> m.amount().signum() != 0)
                    .collect(Collectors.toMap(m -> m.currency(), m -> m.amount().stripTrailingZeros()));
            Map<String, BigDecimal> grid = new HashMap<>();
            users.as(user, () -> catalog.services(io.portalops.inventory.ServiceFilter.none()))
                    .forEach(
                            s -> s.unusedMonthly().forEach(m -> grid.merge(m.currency(), m.amount(), BigDecimal::add)));
            grid.replaceAll((currency, amount) -> amount.stripTrailingZeros());
            grid.values().removeIf(amount -> amount.signum() == 0);
            assertThat(tile).as(user).isEqualTo(grid);
        }
    }

    long openTasks(TaskKind kind) {
        TaskFilter filter = new TaskFilter(TaskStatus.OPEN, kind, null, null, null, null, null);
        long count = 0;
        for (int offset = 0; ; offset += 500) {
            var page = workflow.search(filter, offset, 500);
            count += page.items().size();
            if (!page.hasNext()) {
                return count;
            }
        }
    }

    @Test
    void figures_move_when_the_rollups_are_refreshed_not_before() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id "
                        + "where a.username = 'manager'",
                Long.class);
        long drafts = drafts();
        users.run(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        "Dashboard " + UUID.randomUUID().toString().substring(0, 6),
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("1200"),
                        "EUR",
                        LocalDate.now(clock),
                        LocalDate.now(clock).plusYears(1),
                        true,
                        30,
                        null)));
        assertThat(drafts()).isEqualTo(drafts);
        refresh.execute(clock);
        assertThat(drafts()).isEqualTo(drafts + 1);
        assertThat(users.as("manager", () -> dashboard.snapshot().asOf())).isNotNull();
    }

    long drafts() {
        return users.as("manager", () -> contractFigures.byStatus(Reach.OWN)).stream()
                .filter(s -> s.status() == ContractStatus.DRAFT)
                .mapToLong(StatusFigure::contracts)
                .sum();
    }

    @Test
    void each_part_is_for_its_roles_and_the_figure_services_refuse_the_others() {
        DashboardSnapshot auditor = users.as("auditor", () -> dashboard.snapshot());
        assertThat(auditor.isEmpty()).isTrue();
        DashboardSnapshot manager = users.as("manager", () -> dashboard.snapshot());
        assertThat(manager.account()).isNotNull();
        assertThat(manager.analysis()).isNull();
        assertThat(manager.saas()).isNull();
        assertThat(manager.approvals()).isNull();
        assertThat(users.as("approver", () -> dashboard.snapshot()).approvals()).isNotNull();
        assertThat(users.as("serviceadmin", () -> dashboard.snapshot()).analysis())
                .isNull();
        assertThatThrownBy(() -> users.run("manager", () -> contractFigures.byStatus(Reach.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("analyst", () -> contractFigures.byStatus(Reach.OWN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("auditor", () -> contractFigures.byStatus(Reach.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("manager", () -> eventFigures.topCustomers(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("analyst", () -> eventFigures.myCustomersAlerts(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("manager", () -> contractFigures.myQueue()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
