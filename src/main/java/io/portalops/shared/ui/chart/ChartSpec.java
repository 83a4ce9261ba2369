package io.portalops.shared.ui.chart;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link Chart} shows, as typed data: a bar chart (grouped or stacked, vertical or horizontal), a line chart
 * or a donut. Each point may carry a drill-down link (a route with its query parameters) that a click opens.
 */
public sealed interface ChartSpec permits BarChart, LineChart, DonutChart {

    /** The accessible name of the chart, read by screen readers and shown as its caption. */
    String title();

    /** The link of the clicked point, or null when that point has none. */
    @Nullable
    String linkAt(int seriesIndex, int dataIndex);

    /** True when no point has a value other than zero, so the view can say "nothing to show" instead. */
    boolean isEmpty();
}
