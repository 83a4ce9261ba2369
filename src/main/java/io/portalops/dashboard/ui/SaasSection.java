package io.portalops.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.portalops.dashboard.Dashboard;
import io.portalops.dashboard.SaasFigures;
import io.portalops.dashboard.SaasFigures.Deadline;
import io.portalops.dashboard.SaasFigures.SeatUse;
import io.portalops.payment.PaymentFigures.SpendFigure;
import io.portalops.shared.Money;
import io.portalops.shared.ui.chart.BarChart;
import io.portalops.shared.ui.chart.ChartSeries;
import io.portalops.shared.ui.chart.ValueFormat;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.WorkflowFigures.OpenTasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The SaaS part, over the services and products in the caller's scope. */
final class SaasSection {

    /** Services beyond this many (by spend) are summed as "Other", so the chart keeps few, distinguishable colours. */
    static final int SERVICES_SHOWN = 6;

    static final int PRODUCTS_SHOWN = 12;

    private SaasSection() {}

    /** The first currency's amount, the others after it; "none" when there is none. */
    private static String first(List<Money> amounts) {
        List<String> labels = Labels.money(amounts);
        return labels.isEmpty() ? "none" : String.join(" + ", labels);
    }

    static DashboardSection of(SaasFigures figures, LocalDate today) {
        OpenTasks grants = tasks(figures, TaskKind.GRANT);
        OpenTasks revokes = tasks(figures, TaskKind.REVOKE);
        long overdue = grants.overdue() + revokes.overdue();
        long passed = figures.deadlines().stream()
                .filter(d -> d.cancellationDeadline().isBefore(today))
                .count();
        List<String> unused = Labels.money(figures.unusedMonthly());
        DashboardSection section = new DashboardSection("SaaS operations", "saas")
                .tile(Tile.of(
                        "Money in unused seats",
                        unused.isEmpty() ? "none" : unused.getFirst(),
                        "per month"
                                + (unused.size() > 1
                                        ? ", and " + String.join(", ", unused.subList(1, unused.size()))
                                        : ""),
                        DrillDowns.services(),
                        false))
                .tile(Tile.of(
                        "Money in idle seats",
                        first(figures.idleSeats().idleMonthly()),
                        "per month, " + Labels.count(figures.idleSeats().idleSeats()) + " seats unused lately",
                        DrillDowns.services(),
                        figures.idleSeats().idleSeats() > 0))
                .tile(Tile.of(
                        "Reclaimed this quarter",
                        first(figures.idleSeats().reclaimedThisQuarter()),
                        "per month, by reclaim tasks done",
                        DrillDowns.openTasks(TaskKind.REVOKE, false),
                        false))
                .tile(Tile.of(
                        "Cancellation deadlines",
                        Labels.count(figures.deadlines().size()),
                        "next " + Dashboard.DEADLINE_DAYS + " days" + (passed > 0 ? ", " + passed + " passed" : ""),
                        DrillDowns.paymentsWithDeadlineWithin(Dashboard.DEADLINE_DAYS),
                        !figures.deadlines().isEmpty()));
        if (figures.seesCards()) {
            section.tile(Tile.of(
                    "Cards expiring",
                    Labels.count(figures.cardsExpiring()),
                    "within " + Dashboard.CARD_DAYS + " days",
                    DrillDowns.paymentsWithCardExpiringWithin(Dashboard.CARD_DAYS),
                    figures.cardsExpiring() > 0));
        }
        section.tile(Tile.of(
                        "Open onboarding tasks",
                        Labels.count(grants.open()),
                        grants.overdue() + " overdue",
                        DrillDowns.openTasks(TaskKind.GRANT, false),
                        false))
                .tile(Tile.of(
                        "Open offboarding tasks",
                        Labels.count(revokes.open()),
                        revokes.overdue() + " overdue",
                        DrillDowns.openTasks(TaskKind.REVOKE, false),
                        false))
                .tile(Tile.of(
                        "Overdue tasks",
                        Labels.count(overdue),
                        "past their due date",
                        DrillDowns.overdueTasks(),
                        overdue > 0));
        spend(section, figures);
        List<SeatUse> fullest = figures.seats().stream().limit(PRODUCTS_SHOWN).toList();
        section.chart(BarChart.of(
                        "Seat use, fullest products",
                        fullest.stream()
                                .map(s -> s.serviceName() + " · " + s.productName())
                                .toList(),
                        ValueFormat.PERCENT,
                        ChartSeries.of(
                                "Seats assigned",
                                fullest.stream().map(SeatUse::percent).toList(),
                                fullest.stream()
                                        .map(s -> DrillDowns.productAccess(s.serviceId(), s.productId()))
                                        .toList()))
                .asHorizontal());
        return section.panel(
                "Cancellation deadlines, next " + Dashboard.DEADLINE_DAYS + " days", deadlines(figures.deadlines()));
    }

    private static OpenTasks tasks(SaasFigures figures, TaskKind kind) {
        return figures.tasks().stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElse(new OpenTasks(kind, 0, 0));
    }

    private static void spend(DashboardSection section, SaasFigures figures) {
        String title = "SaaS spend per month by service";
        CurrencyChart.add(
                section,
                title,
                figures.spend().stream()
                        .collect(Collectors.groupingBy(
                                SpendFigure::currency,
                                Collectors.reducing(BigDecimal.ZERO, SpendFigure::amount, BigDecimal::add))),
                c -> spendChart(figures, c, title));
    }

    static BarChart spendChart(SaasFigures figures, String currency, String title) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = figures.firstMonth(); !m.isAfter(figures.lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<SpendFigure> inCurrency = figures.spend().stream()
                .filter(s -> s.currency().equals(currency))
                .toList();
        Map<Long, BigDecimal> byService = inCurrency.stream()
                .collect(Collectors.groupingBy(
                        SpendFigure::serviceId,
                        Collectors.reducing(BigDecimal.ZERO, SpendFigure::amount, BigDecimal::add)));
        List<Long> shown = byService.entrySet().stream()
                .sorted(Map.Entry.<Long, BigDecimal>comparingByValue().reversed())
                .limit(SERVICES_SHOWN)
                .map(Map.Entry::getKey)
                .toList();
        List<ChartSeries> series = new ArrayList<>();
        for (long serviceId : shown) {
            String name = inCurrency.stream()
                    .filter(s -> s.serviceId() == serviceId)
                    .findFirst()
                    .map(SpendFigure::serviceName)
                    .orElse("");
            List<BigDecimal> values = months.stream()
                    .map(m -> sum(inCurrency, m, s -> s.serviceId() == serviceId))
                    .toList();
            series.add(ChartSeries.of(
                    name,
                    values,
                    months.stream()
                            .map(m -> DrillDowns.paymentsOfService(serviceId))
                            .toList()));
        }
        if (byService.size() > shown.size()) {
            series.add(ChartSeries.of(
                    "Other services",
                    months.stream()
                            .map(m -> sum(inCurrency, m, s -> !shown.contains(s.serviceId())))
                            .toList()));
        }
        return new BarChart(
                title + " (" + currency + ")",
                months.stream().map(Labels::month).toList(),
                series,
                true,
                false,
                ValueFormat.MONEY);
    }

    private static BigDecimal sum(List<SpendFigure> spend, YearMonth month, Predicate<SpendFigure> which) {
        return spend.stream()
                .filter(s -> s.month().equals(month) && which.test(s))
                .map(SpendFigure::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Div deadlines(List<Deadline> deadlines) {
        Div list = new Div();
        list.addClassName("dashboard-list");
        deadlines.stream()
                .sorted(Comparator.comparing(Deadline::cancellationDeadline))
                .limit(8)
                .forEach(d -> {
                    Anchor row = new Anchor(DrillDowns.payment(d.recordId()));
                    row.getElement().setAttribute("router-link", true);
                    row.add(
                            new Span(d.product()),
                            new Span("cancel by " + Labels.day(d.cancellationDeadline())),
                            new Span(d.amount().formatWhole() + (d.autoRenew() ? ", renews" : ", ends")));
                    list.add(row);
                });
        if (deadlines.isEmpty()) {
            list.add(new Span("No cancellation deadline in the next " + Dashboard.DEADLINE_DAYS + " days."));
        }
        return list;
    }
}
