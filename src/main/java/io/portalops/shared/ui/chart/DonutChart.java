package io.portalops.shared.ui.chart;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Shares of a whole, each slice labelled with its name, value and percentage. */
public record DonutChart(String title, List<Slice> slices, ValueFormat format) implements ChartSpec {

    public record Slice(String name, Number value, @Nullable String link) {

        public Slice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public DonutChart {
        slices = List.copyOf(slices);
    }

    @Override
    public @Nullable String linkAt(int seriesIndex, int dataIndex) {
        return dataIndex >= 0 && dataIndex < slices.size()
                ? slices.get(dataIndex).link()
                : null;
    }

    @Override
    public boolean isEmpty() {
        return slices.stream().allMatch(slice -> slice.value().doubleValue() == 0);
    }
}
