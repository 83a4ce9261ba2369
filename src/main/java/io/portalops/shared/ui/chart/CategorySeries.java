package io.portalops.shared.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What bar and line charts share: named series over the same categories. */
final class CategorySeries {

    private CategorySeries() {}

    static void requireOneValuePerCategory(List<String> categories, List<ChartSeries> series) {
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " needs one value per category");
            }
        }
    }

    static @Nullable String linkAt(List<ChartSeries> series, int seriesIndex, int dataIndex) {
        return seriesIndex >= 0 && seriesIndex < series.size()
                ? series.get(seriesIndex).linkAt(dataIndex)
                : null;
    }

    static boolean allZero(List<ChartSeries> series) {
        return series.stream().allMatch(ChartSeries::isZero);
    }
}
