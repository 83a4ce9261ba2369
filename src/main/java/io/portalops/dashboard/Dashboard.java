package io.portalops.dashboard;

import io.portalops.contract.ApprovalDecision;
import io.portalops.contract.ContractFigures;
import io.portalops.contract.ContractFigures.DecisionFigure;
import io.portalops.contract.ContractFigures.EndFigure;
import io.portalops.contract.ContractFigures.QueueFigure;
import io.portalops.contract.ContractFigures.Reach;
import io.portalops.contract.ContractFigures.StatusFigure;
import io.portalops.event.EventFigures;
import io.portalops.inventory.ProductFilter;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.payment.PaymentFigures;
import io.portalops.payment.PaymentFilter;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import io.portalops.payment.PaymentSortField;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.shared.db.replica.ReadsFromReplica;
import io.portalops.shared.paging.SortOrder;
import io.portalops.usage.UsageFigures;
import io.portalops.workflow.WorkflowFigures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's dashboard: one part per role, each read from pre-aggregated figures in the caller's row scope
 * (the figure services check roles and scope themselves; this class only picks the parts).
 */
@Service
public class Dashboard {

    public static final int ENDING_DAYS = 90;
    public static final int DEADLINE_DAYS = 60;
    public static final int CARD_DAYS = 30;
    public static final int EVENT_DAYS = 30;
    /** Weeks of decisions an approver sees; the rollup keeps six weeks. */
    public static final int DECISION_WEEKS = 6;

    private final ContractFigures contracts;
    private final EventFigures events;
    private final PaymentFigures payments;
    private final PaymentRegister register;
    private final WorkflowFigures tasks;
    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final CurrentUserProvider users;
    private final DashboardFreshness freshness;
    private final DashboardRefreshJob refreshJob;
    private final Clock clock;
    private final UsageFigures usage;

    Dashboard(
            ContractFigures contracts,
            EventFigures events,
            PaymentFigures payments,
            PaymentRegister register,
            WorkflowFigures tasks,
            SaasCatalog catalog,
            SaasScopes scopes,
            CurrentUserProvider users,
            DashboardFreshness freshness,
            DashboardRefreshJob refreshJob,
            Clock clock,
            UsageFigures usage) {
        this.usage = usage;
        this.contracts = contracts;
        this.events = events;
        this.payments = payments;
        this.register = register;
        this.tasks = tasks;
        this.catalog = catalog;
        this.scopes = scopes;
        this.users = users;
        this.freshness = freshness;
        this.refreshJob = refreshJob;
        this.clock = clock;
    }

    /** Every human role (an auditor gets an empty snapshot); API clients, such as event producers, are refused. */
    @PreAuthorize(
            "hasAnyRole('ADMIN','ACCOUNT_MANAGER','APPROVER','ANALYST','SERVICE_ADMIN','PRODUCT_ADMIN','AUDITOR')")
    @Transactional(readOnly = true)
    @ReadsFromReplica
    public DashboardSnapshot snapshot() {
        long started = System.nanoTime();
        CurrentUser user = users.require();
        LocalDate today = LocalDate.now(clock);
        ApprovalFigures approvals = user.has(Role.APPROVER) ? approvals(today) : null;
        AccountFigures account = user.has(Role.ACCOUNT_MANAGER) ? account(today) : null;
        AnalysisFigures analysis = user.hasAny(Role.ADMIN, Role.ANALYST) ? analysis(today) : null;
        SaasFigures saas = user.hasAny(Role.ADMIN, Role.SERVICE_ADMIN, Role.PRODUCT_ADMIN) ? saas(today) : null;
        @Nullable Instant asOf = freshness.asOf(refreshJob.groupCount()).orElse(null);
        return new DashboardSnapshot(
                approvals,
                account,
                analysis,
                saas,
                asOf,
                clock.instant(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private ApprovalFigures approvals(LocalDate today) {
        QueueFigure queue = contracts.myQueue();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = monday.minusWeeks(DECISION_WEEKS - 1);
        List<DecisionFigure> decided = contracts.myDecisionsSince(firstMonday);
        List<ApprovalFigures.DecisionWeek> weeks = new ArrayList<>();
        for (LocalDate from = firstMonday; !from.isAfter(monday); from = from.plusWeeks(1)) {
            LocalDate start = from;
            List<DecisionFigure> inWeek = decided.stream()
                    .filter(d -> within(d.day(), start, start.plusDays(6)))
                    .toList();
            weeks.add(new ApprovalFigures.DecisionWeek(
                    from, decisions(inWeek, ApprovalDecision.APPROVED), decisions(inWeek, ApprovalDecision.REJECTED)));
        }
        Duration oldest =
                queue.oldestSubmittedAt() == null ? null : Duration.between(queue.oldestSubmittedAt(), clock.instant());
        ApprovalFigures.DecisionWeek thisWeek = weeks.getLast();
        return new ApprovalFigures(queue.waiting(), oldest, thisWeek.approved(), thisWeek.rejected(), weeks);
    }

    private static long decisions(List<DecisionFigure> decided, ApprovalDecision decision) {
        return decided.stream()
                .filter(d -> d.decision() == decision)
                .mapToLong(DecisionFigure::decisions)
                .sum();
    }

    private AccountFigures account(LocalDate today) {
        List<StatusFigure> byStatus = contracts.byStatus(Reach.OWN);
        LocalDate last = today.plusDays(ENDING_DAYS - 1);
        List<EndFigure> ends = contracts.endingBetween(Reach.OWN, today, last);
        List<AccountFigures.EndingWeek> weeks = new ArrayList<>();
        for (LocalDate from = today; !from.isAfter(last); from = from.plusDays(7)) {
            LocalDate to = from.plusDays(6).isAfter(last) ? last : from.plusDays(6);
            LocalDate start = from;
            long renewing = ends.stream()
                    .filter(e -> within(e.endDate(), start, to))
                    .mapToLong(EndFigure::renewing)
                    .sum();
            long expiring = ends.stream()
                    .filter(e -> within(e.endDate(), start, to))
                    .mapToLong(EndFigure::expiring)
                    .sum();
            weeks.add(new AccountFigures.EndingWeek(from, to, renewing, expiring));
        }
        return new AccountFigures(byStatus, flagged(byStatus), weeks, events.myCustomersAlerts(5));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static long flagged(List<StatusFigure> byStatus) {
        return byStatus.stream().mapToLong(StatusFigure::flagged).sum();
    }

    private AnalysisFigures analysis(LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(11);
        YearMonth last = YearMonth.from(today).plusMonths(12);
        List<StatusFigure> byStatus = contracts.byStatus(Reach.ALL);
        LocalDate firstDay = today.minusDays(EVENT_DAYS - 1);
        return new AnalysisFigures(
                first,
                last,
                contracts.valueByMonth(Reach.ALL, first, last),
                byStatus,
                flagged(byStatus),
                firstDay,
                today,
                events.perDayAndType(firstDay),
                events.topCustomers(10));
    }

    private SaasFigures saas(LocalDate today) {
        SaasScope scope = scopes.current();
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(11);
        List<ProductListItem> products = catalog.products(ProductFilter.none());
        List<SaasFigures.SeatUse> seats = products.stream()
                .filter(p -> p.perSeat() && p.seatsPurchased() > 0)
                .map(p -> new SaasFigures.SeatUse(
                        p.id(), p.serviceId(), p.serviceName(), p.name(), p.seatsAssigned(), p.seatsPurchased()))
                .sorted(Comparator.comparingInt(SaasFigures.SeatUse::percent).reversed())
                .toList();
        Map<String, BigDecimal> unused = new TreeMap<>();
        products.forEach(p ->
                unused.merge(p.unusedMonthly().currency(), p.unusedMonthly().amount(), BigDecimal::add));
        List<SortOrder<PaymentSortField>> byDeadline = List.of(SortOrder.parse("deadline,asc", PaymentSortField.class));
        List<SaasFigures.Deadline> deadlines = register
                .search(
                        new PaymentFilter(null, null, null, null, null, DEADLINE_DAYS),
                        byDeadline,
                        0,
                        PaymentRegister.MAX_PAGE)
                .items()
                .stream()
                .map(Dashboard::deadline)
                .toList();
        boolean seesCards = scope.all() || !scope.managedProducts().isEmpty();
        long cards = seesCards
                ? register.search(
                                new PaymentFilter(null, null, null, CARD_DAYS, null),
                                byDeadline,
                                0,
                                PaymentRegister.MAX_PAGE)
                        .items()
                        .size()
                : 0;
        return new SaasFigures(
                first,
                last,
                payments.spendByMonth(first, last),
                seats,
                unused.entrySet().stream()
                        .map(e -> new Money(e.getValue(), e.getKey()))
                        .toList(),
                deadlines,
                cards,
                seesCards,
                tasks.openTasks(),
                usage.figures());
    }

    private static SaasFigures.Deadline deadline(PaymentListItem p) {
        return new SaasFigures.Deadline(
                p.id(), p.productLabel(), p.cancellationDeadline(), p.nextRenewal(), p.amount(), p.autoRenew());
    }
}
