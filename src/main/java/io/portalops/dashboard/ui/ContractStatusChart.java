package io.portalops.dashboard.ui;

import io.portalops.contract.ContractFigures.StatusFigure;
import io.portalops.shared.ui.chart.DonutChart;
import io.portalops.shared.ui.chart.ValueFormat;
import java.util.List;

/** Contracts by status as a donut; a slice opens the Contracts grid filtered to that status. */
final class ContractStatusChart {

    private ContractStatusChart() {}

    static DonutChart of(String title, List<StatusFigure> byStatus) {
        return new DonutChart(
                title,
                byStatus.stream()
                        .filter(s -> s.contracts() > 0)
                        .map(s -> new DonutChart.Slice(
                                s.status().label(), s.contracts(), DrillDowns.contracts(s.status())))
                        .toList(),
                ValueFormat.COUNT);
    }
}
