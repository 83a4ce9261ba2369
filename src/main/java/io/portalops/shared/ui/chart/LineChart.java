package io.portalops.shared.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A line per series over ordered categories (days, months). */
public record LineChart(String title, List<String> categories, List<ChartSeries> series, ValueFormat format)
        implements ChartSpec {

    public LineChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        CategorySeries.requireOneValuePerCategory(categories, series);
    }

    @Override
    public @Nullable String linkAt(int seriesIndex, int dataIndex) {
        return CategorySeries.linkAt(series, seriesIndex, dataIndex);
    }

    @Override
    public boolean isEmpty() {
        return CategorySeries.allZero(series);
    }
}
