package io.portalops.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.portalops.dashboard.AccountFigures;
import io.portalops.dashboard.AccountFigures.EndingWeek;
import io.portalops.event.EventFigures.Alert;
import io.portalops.shared.ui.chart.BarChart;
import io.portalops.shared.ui.chart.ChartSeries;
import io.portalops.shared.ui.chart.ValueFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The account manager's part, over their own customers. */
final class AccountSection {

    private AccountSection() {}

    static DashboardSection of(AccountFigures figures, Instant now) {
        List<EndingWeek> weeks = figures.endingByWeek();
        LocalDate first = weeks.getFirst().from();
        LocalDate last = weeks.getLast().to();
        DashboardSection section = new DashboardSection("My customers", "account")
                .tile(Tile.of(
                        "Open flags",
                        Labels.count(figures.openFlags()),
                        "on my contracts",
                        DrillDowns.flaggedContracts(),
                        figures.openFlags() > 0))
                .tile(Tile.of(
                        "Renewing in 90 days",
                        Labels.count(figures.renewing()),
                        "active, renew by themselves",
                        DrillDowns.activeContractsEnding(first, last, true),
                        false))
                .tile(Tile.of(
                        "Expiring in 90 days",
                        Labels.count(figures.expiring()),
                        "active, no auto-renew",
                        DrillDowns.activeContractsEnding(first, last, false),
                        figures.expiring() > 0))
                .tile(Tile.of(
                        "High-severity events",
                        Labels.count(figures.alerts().total()),
                        "my customers, last 7 days",
                        DrillDowns.highSeverityEventsOfLastWeek(),
                        figures.alerts().total() > 0))
                .chart(ContractStatusChart.of("My contracts by status", figures.byStatus()));
        List<String> renewingLinks = weeks.stream()
                .map(w -> DrillDowns.activeContractsEnding(w.from(), w.to(), true))
                .toList();
        List<String> expiringLinks = weeks.stream()
                .map(w -> DrillDowns.activeContractsEnding(w.from(), w.to(), false))
                .toList();
        section.chart(BarChart.of(
                        "Active contracts ending, by week (next 90 days)",
                        weeks.stream().map(w -> Labels.day(w.from())).toList(),
                        ValueFormat.COUNT,
                        ChartSeries.of(
                                "Renewing",
                                weeks.stream().map(EndingWeek::renewing).toList(),
                                renewingLinks),
                        ChartSeries.of(
                                "Expiring",
                                weeks.stream().map(EndingWeek::expiring).toList(),
                                expiringLinks))
                .asStacked());
        Div list = new Div();
        list.addClassName("dashboard-list");
        for (Alert alert : figures.alerts().newest()) {
            Anchor row = new Anchor(DrillDowns.eventsOfCustomer(alert.customerId(), "week"));
            row.getElement().setAttribute("router-link", true);
            row.add(
                    new Span(alert.type()),
                    new Span(alert.customerName()),
                    new Span(Freshness.ago(Duration.between(alert.occurredAt(), now))));
            list.add(row);
        }
        if (figures.alerts().newest().isEmpty()) {
            list.add(new Span("No high-severity events in the last 7 days."));
        }
        return section.panel("Recent high-severity events", list);
    }
}
