package io.portalops.shared.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A line per series over ordered categories (days, months). */
public record LineChart(String title, List<String> categories, List<ChartSeries> series, ValueFormat format)
        implements ChartSpec {

    public LineChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " needs one value per category");
            }
        }
    }

    @Override
    public @Nullable String linkAt(int seriesIndex, int dataIndex) {
        return seriesIndex >= 0 && seriesIndex < series.size() ? series.get(seriesIndex).linkAt(dataIndex) : null;
    }

    @Override
    public boolean isEmpty() {
        return series.stream().allMatch(ChartSeries::isZero);
    }
}
