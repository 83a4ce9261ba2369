package io.portalops.shared.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bars per category, one colour (and pattern) per series. {@code stacked} piles the series on each other;
 * {@code horizontal} lays the categories down the side, for long names such as products.
 */
public record BarChart(
        String title,
        List<String> categories,
        List<ChartSeries> series,
        boolean stacked,
        boolean horizontal,
        ValueFormat format)
        implements ChartSpec {

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        CategorySeries.requireOneValuePerCategory(categories, series);
    }

    public static BarChart of(String title, List<String> categories, ValueFormat format, ChartSeries... series) {
        return new BarChart(title, categories, List.of(series), false, false, format);
    }

    public BarChart asStacked() {
        return new BarChart(title, categories, series, true, horizontal, format);
    }

    public BarChart asHorizontal() {
        return new BarChart(title, categories, series, stacked, true, format);
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
