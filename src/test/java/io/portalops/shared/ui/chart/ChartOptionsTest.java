package io.portalops.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The typed chart specs and the ECharts options they become. */
class ChartOptionsTest {

    @Test
    void a_stacked_horizontal_bar_chart_has_its_categories_series_stack_and_value_axis() {
        BarChart chart = BarChart.of(
                        "Seats",
                        List.of("Gmail", "Drive"),
                        ValueFormat.PERCENT,
                        ChartSeries.of("Assigned", List.of(96, 40), List.of("services/1/2", "services/1/3")))
                .asStacked()
                .asHorizontal();
        JsonNode option = ChartOptions.of(chart);

        assertThat(option.get("yAxis").get("type").asString()).isEqualTo("category");
        assertThat(option.get("yAxis").get("data").get(0).asString()).isEqualTo("Gmail");
        assertThat(option.get("xAxis").get("type").asString()).isEqualTo("value");
        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("bar");
        assertThat(series.get("stack").asString()).isEqualTo("total");
        assertThat(series.get("data").get(0).asDouble()).isEqualTo(96);
        assertThat(option.get("portalops").get("format").asString()).isEqualTo("PERCENT");
        assertThat(option.get("portalops").get("valueAxis").asString()).isEqualTo("xAxis");
        assertThat(chart.linkAt(0, 1)).isEqualTo("services/1/3");
        assertThat(chart.linkAt(1, 0)).isNull();
        assertThat(chart.linkAt(0, 5)).isNull();
    }

    @Test
    void every_chart_is_readable_without_colour_patterns_palette_and_an_accessible_description() {
        for (ChartSpec spec : List.<ChartSpec>of(
                new LineChart(
                        "Events",
                        List.of("Nov 1", "Nov 2"),
                        List.of(
                                ChartSeries.of("login", List.of(3, 4)),
                                ChartSeries.of("payment.missed", List.of(1, 0))),
                        ValueFormat.COUNT),
                new DonutChart(
                        "By status",
                        List.of(new DonutChart.Slice("Active", 5, "contracts?status=ACTIVE")),
                        ValueFormat.COUNT))) {
            JsonNode option = ChartOptions.of(spec);
            assertThat(option.get("aria").get("decal").get("show").asBoolean()).isTrue();
            assertThat(option.get("aria").get("label").get("description").asString())
                    .isEqualTo(spec.title());
            assertThat(option.get("color").size()).isEqualTo(ChartOptions.PALETTE.size());
        }
        JsonNode lines = ChartOptions.of(new LineChart(
                        "Events",
                        List.of("a", "b"),
                        List.of(ChartSeries.of("x", List.of(1, 2)), ChartSeries.of("y", List.of(2, 1))),
                        ValueFormat.COUNT))
                .get("series");
        assertThat(lines.get(0).get("symbol").asString())
                .isNotEqualTo(lines.get(1).get("symbol").asString());
        assertThat(ChartOptions.of(new DonutChart("d", List.of(new DonutChart.Slice("A", 1, null)), ValueFormat.COUNT))
                        .get("series")
                        .get(0)
                        .get("label")
                        .get("show")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_series_needs_one_value_per_category_and_one_link_per_value_or_none() {
        assertThatThrownBy(
                        () -> BarChart.of("x", List.of("a", "b"), ValueFormat.COUNT, ChartSeries.of("s", List.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartSeries.of("s", List.of(1, 2), List.of("only-one")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BarChart.of("x", List.of("a"), ValueFormat.COUNT, ChartSeries.of("s", List.of(0)))
                        .isEmpty())
                .isTrue();
        assertThat(new DonutChart("d", List.of(new DonutChart.Slice("A", 2, null)), ValueFormat.COUNT).isEmpty())
                .isFalse();
    }
}
