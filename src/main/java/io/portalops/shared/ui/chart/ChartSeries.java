package io.portalops.shared.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One named series of a bar or line chart: a value per category and, optionally, a drill-down link per value. */
public record ChartSeries(String name, List<Number> values, List<@Nullable String> links) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        links = Collections.unmodifiableList(new ArrayList<>(links));
        if (!links.isEmpty() && links.size() != values.size()) {
            throw new IllegalArgumentException("a series needs one link per value, or none");
        }
    }

    public static ChartSeries of(String name, List<? extends Number> values) {
        return new ChartSeries(name, List.copyOf(values), List.of());
    }

    public static ChartSeries of(String name, List<? extends Number> values, List<@Nullable String> links) {
        return new ChartSeries(name, List.copyOf(values), links);
    }

    @Nullable
    String linkAt(int index) {
        return index >= 0 && index < links.size() ? links.get(index) : null;
    }

    boolean isZero() {
        return values.stream().allMatch(value -> value.doubleValue() == 0);
    }
}
