package io.portalops.shared.ui.chart;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link ChartSpec} into an ECharts option. Colours come from the Okabe–Ito palette, which stays distinct
 * for the common kinds of colour blindness, and every series also gets its own pattern (ECharts' aria decals) and
 * value labels, so no reading depends on colour alone. The {@code portalops} entry tells the web component how to
 * format values, since functions cannot travel as JSON.
 */
final class ChartOptions {

    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999");

    /** More categories than this and per-bar labels would overlap; the tooltip and axis still give the values. */
    private static final int MAX_LABELLED_CATEGORIES = 12;

    private static final int MAX_LABELLED_STACKS = 6;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {}

    static ObjectNode of(ChartSpec spec) {
        ObjectNode option = base(spec);
        switch (spec) {
            case BarChart bar -> bars(option, bar);
            case LineChart line -> lines(option, line);
            case DonutChart donut -> donut(option, donut);
        }
        return option;
    }

    private static ObjectNode base(ChartSpec spec) {
        ObjectNode option = JSON.objectNode();
        ArrayNode colors = option.putArray("color");
        PALETTE.forEach(colors::add);
        ObjectNode aria = option.putObject("aria");
        aria.put("enabled", true);
        aria.putObject("label").put("description", spec.title());
        aria.putObject("decal").put("show", true);
        ObjectNode legend = option.putObject("legend");
        legend.put("type", "scroll").put("bottom", 0).put("itemWidth", 16).put("itemGap", 8);
        legend.putObject("textStyle").put("fontSize", 11);
        option.put("animationDuration", 300);
        ObjectNode portalops = option.putObject("portalops");
        portalops.put("format", format(spec).name());
        return option;
    }

    private static ValueFormat format(ChartSpec spec) {
        return switch (spec) {
            case BarChart bar -> bar.format();
            case LineChart line -> line.format();
            case DonutChart donut -> donut.format();
        };
    }

    private static void bars(ObjectNode option, BarChart bar) {
        option.putObject("tooltip")
                .put("trigger", "axis")
                .putObject("axisPointer")
                .put("type", "shadow");
        grid(option, bar.horizontal());
        ObjectNode categoryAxis = option.putObject(bar.horizontal() ? "yAxis" : "xAxis");
        categoryAxis.put("type", "category");
        categoryAxis.putObject("axisLabel").put("hideOverlap", true);
        categoryAxis.set("data", strings(bar.categories()));
        if (bar.horizontal()) {
            categoryAxis.put("inverse", true);
        }
        valueAxis(option.putObject(bar.horizontal() ? "xAxis" : "yAxis"), bar.format());
        option.withObject("portalops").put("valueAxis", bar.horizontal() ? "xAxis" : "yAxis");
        // Stacked segments are small: past a handful of categories their labels would cover the bars.
        boolean labelled = bar.categories().size() <= (bar.stacked() ? MAX_LABELLED_STACKS : MAX_LABELLED_CATEGORIES);
        ArrayNode series = option.putArray("series");
        for (ChartSeries one : bar.series()) {
            ObjectNode item = series.addObject();
            item.put("type", "bar");
            item.put("name", one.name());
            if (bar.stacked()) {
                item.put("stack", "total");
            }
            item.putObject("emphasis").put("focus", "series");
            ObjectNode label = item.putObject("label");
            label.put("show", labelled && !one.isZero());
            label.put("position", bar.stacked() ? "inside" : bar.horizontal() ? "right" : "top");
            item.set("data", numbers(one.values()));
            item.put("cursor", one.links().isEmpty() ? "default" : "pointer");
        }
    }

    private static void lines(ObjectNode option, LineChart line) {
        option.putObject("tooltip").put("trigger", "axis");
        grid(option, false);
        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "category");
        xAxis.put("boundaryGap", false);
        xAxis.set("data", strings(line.categories()));
        valueAxis(option.putObject("yAxis"), line.format());
        option.withObject("portalops").put("valueAxis", "yAxis");
        ArrayNode series = option.putArray("series");
        String[] symbols = {"circle", "rect", "triangle", "diamond", "roundRect", "pin", "arrow"};
        for (int i = 0; i < line.series().size(); i++) {
            ChartSeries one = line.series().get(i);
            ObjectNode item = series.addObject();
            item.put("type", "line");
            item.put("name", one.name());
            // A different marker shape per line, so lines can be told apart without their colour.
            item.put("symbol", symbols[i % symbols.length]);
            item.put("symbolSize", 6);
            item.putObject("emphasis").put("focus", "series");
            item.set("data", numbers(one.values()));
        }
    }

    private static void donut(ObjectNode option, DonutChart donut) {
        option.putObject("tooltip").put("trigger", "item");
        // every slice is labelled with its name, so the legend would only repeat them
        option.withObject("legend").put("show", false);
        ArrayNode series = option.putArray("series");
        ObjectNode item = series.addObject();
        item.put("type", "pie");
        item.put("name", donut.title());
        ArrayNode radius = item.putArray("radius");
        radius.add("45%");
        radius.add("70%");
        ArrayNode center = item.putArray("center");
        center.add("50%");
        center.add("50%");
        item.put("avoidLabelOverlap", true);
        item.putObject("label").put("show", true).put("lineHeight", 16);
        ArrayNode data = item.putArray("data");
        for (DonutChart.Slice slice : donut.slices()) {
            data.addObject()
                    .put("name", slice.name())
                    .put("value", slice.value().doubleValue());
        }
    }

    private static void valueAxis(ObjectNode axis, ValueFormat format) {
        axis.put("type", "value");
        if (format == ValueFormat.COUNT) {
            axis.put("minInterval", 1);
        }
    }

    private static void grid(ObjectNode option, boolean horizontal) {
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8);
        grid.put("right", horizontal ? 48 : 16);
        grid.put("top", 24);
        grid.put("bottom", 40);
        grid.put("containLabel", true);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode numbers(List<Number> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(value -> array.add(value.doubleValue()));
        return array;
    }
}
