package io.portalops.dashboard.ui;

import io.portalops.dashboard.ApprovalFigures;
import io.portalops.dashboard.ApprovalFigures.DecisionWeek;
import io.portalops.shared.ui.chart.BarChart;
import io.portalops.shared.ui.chart.ChartSeries;
import io.portalops.shared.ui.chart.ValueFormat;

/** The approver's part: the queue waiting for them, what they decided this week, and their last six weeks. */
final class ApprovalSection {

    private ApprovalSection() {}

    static DashboardSection of(ApprovalFigures figures) {
        String oldest = figures.oldestWaiting() == null
                ? "nothing waiting"
                : "oldest waits " + Freshness.age(figures.oldestWaiting());
        return new DashboardSection("My approvals", "approvals")
                .tile(Tile.of(
                        "Waiting for me",
                        Labels.count(figures.waiting()),
                        oldest,
                        DrillDowns.myApprovals(),
                        figures.waiting() > 0))
                .tile(Tile.of(
                        "Approved this week", Labels.count(figures.approvedThisWeek()), "since Monday", null, false))
                .tile(Tile.of(
                        "Rejected this week", Labels.count(figures.rejectedThisWeek()), "since Monday", null, false))
                .chart(BarChart.of(
                                "My decisions per week (last 6 weeks)",
                                figures.weeks().stream()
                                        .map(w -> "Week of " + Labels.day(w.from()))
                                        .toList(),
                                ValueFormat.COUNT,
                                ChartSeries.of(
                                        "Approved",
                                        figures.weeks().stream()
                                                .map(DecisionWeek::approved)
                                                .toList()),
                                ChartSeries.of(
                                        "Rejected",
                                        figures.weeks().stream()
                                                .map(DecisionWeek::rejected)
                                                .toList()))
                        .asStacked());
    }
}
