package io.portalops.dashboard.ui;

import io.portalops.contract.ContractFigures.MonthFigure;
import io.portalops.contract.ContractStatus;
import io.portalops.dashboard.AnalysisFigures;
import io.portalops.event.EventFigures.CustomerVolume;
import io.portalops.event.EventFigures.DayFigure;
import io.portalops.shared.ui.chart.BarChart;
import io.portalops.shared.ui.chart.ChartSeries;
import io.portalops.shared.ui.chart.LineChart;
import io.portalops.shared.ui.chart.ValueFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The analysts' and admins' part, over every customer and contract. */
final class AnalysisSection {

    private AnalysisSection() {}

    static DashboardSection of(AnalysisFigures figures) {
        long pending = count(figures, ContractStatus.PENDING_APPROVAL);
        long events =
                figures.eventsPerDay().stream().mapToLong(DayFigure::events).sum();
        DashboardSection section = new DashboardSection("Contracts and events", "analysis")
                .tile(Tile.of(
                        "Pending approval",
                        Labels.count(pending),
                        "contracts",
                        DrillDowns.contracts(ContractStatus.PENDING_APPROVAL),
                        pending > 0))
                .tile(Tile.of(
                        "Active contracts",
                        Labels.count(count(figures, ContractStatus.ACTIVE)),
                        null,
                        DrillDowns.contracts(ContractStatus.ACTIVE),
                        false))
                .tile(Tile.of(
                        "Flagged contracts",
                        Labels.count(figures.flagged()),
                        "any status",
                        DrillDowns.flaggedContracts(),
                        figures.flagged() > 0))
                .tile(Tile.of(
                        "Events, last 30 days",
                        Labels.count(events),
                        "all sources",
                        DrillDowns.eventsOfLast30Days(),
                        false));
        valueByMonth(section, figures);
        section.chart(ContractStatusChart.of("Contracts by status", figures.byStatus()));
        section.chart(eventsPerDay(figures));
        List<CustomerVolume> top = figures.topCustomers();
        section.chart(BarChart.of(
                        "Top customers by events (last 30 days)",
                        top.stream().map(CustomerVolume::customerName).toList(),
                        ValueFormat.COUNT,
                        ChartSeries.of(
                                "Events",
                                top.stream().map(CustomerVolume::events).toList(),
                                top.stream()
                                        .map(c -> DrillDowns.eventsOfCustomer(c.customerId(), "month"))
                                        .toList()))
                .asHorizontal());
        return section;
    }

    private static long count(AnalysisFigures figures, ContractStatus status) {
        return figures.byStatus().stream()
                .filter(s -> s.status() == status)
                .mapToLong(s -> s.contracts())
                .sum();
    }

    private static void valueByMonth(DashboardSection section, AnalysisFigures figures) {
        String title = "Contract value by month, new vs expiring";
        CurrencyChart.add(
                section,
                title,
                figures.valueByMonth().stream()
                        .collect(Collectors.groupingBy(
                                MonthFigure::currency,
                                Collectors.reducing(
                                        BigDecimal.ZERO, m -> m.newValue().add(m.expiringValue()), BigDecimal::add))),
                c -> valueChart(figures, c, title));
    }

    static BarChart valueChart(AnalysisFigures figures, String currency, String title) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = figures.firstMonth(); !m.isAfter(figures.lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<YearMonth, MonthFigure> byMonth = figures.valueByMonth().stream()
                .filter(m -> m.currency().equals(currency))
                .collect(Collectors.toMap(MonthFigure::month, m -> m));
        List<BigDecimal> added = months.stream()
                .map(m -> byMonth.containsKey(m) ? byMonth.get(m).newValue() : BigDecimal.ZERO)
                .toList();
        List<BigDecimal> ending = months.stream()
                .map(m -> byMonth.containsKey(m) ? byMonth.get(m).expiringValue() : BigDecimal.ZERO)
                .toList();
        return BarChart.of(
                title + " (" + currency + ")",
                months.stream().map(Labels::month).toList(),
                ValueFormat.MONEY,
                ChartSeries.of(
                        "New",
                        added,
                        months.stream().map(DrillDowns::contractsStartingIn).toList()),
                ChartSeries.of(
                        "Expiring",
                        ending,
                        months.stream().map(DrillDowns::contractsEndingIn).toList()));
    }

    private static LineChart eventsPerDay(AnalysisFigures figures) {
        List<LocalDate> days =
                figures.firstDay().datesUntil(figures.lastDay().plusDays(1)).toList();
        Map<String, Map<LocalDate, Long>> byType = figures.eventsPerDay().stream()
                .collect(Collectors.groupingBy(
                        DayFigure::type, TreeMap::new, Collectors.toMap(DayFigure::day, DayFigure::events)));
        List<ChartSeries> series = byType.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> ChartSeries.of(
                        e.getKey(),
                        days.stream().map(d -> e.getValue().getOrDefault(d, 0L)).toList(),
                        days.stream()
                                .map(d -> DrillDowns.eventsOfTypeOn(e.getKey(), d))
                                .toList()))
                .toList();
        return new LineChart(
                "Events per day by type (last 30 days)",
                days.stream().map(Labels::day).toList(),
                series,
                ValueFormat.COUNT);
    }
}
