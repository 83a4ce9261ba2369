package io.portalops.dashboard.ui;

import com.vaadin.flow.component.select.Select;
import io.portalops.shared.ui.chart.Chart;
import io.portalops.shared.ui.chart.ChartSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A money chart shown one currency at a time, since amounts in different currencies do not add up: the currency with
 * the largest total comes first, and a select switches to the others.
 */
final class CurrencyChart {

    private CurrencyChart() {}

    static void add(
            DashboardSection section,
            String title,
            Map<String, BigDecimal> totals,
            Function<String, ChartSpec> chartIn) {
        List<String> currencies = totals.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (currencies.size() <= 1) {
            section.chart(chartIn.apply(currencies.isEmpty() ? "EUR" : currencies.getFirst()));
            return;
        }
        Select<String> currency = new Select<>();
        currency.setAriaLabel("Currency");
        currency.setItems(currencies);
        currency.setValue(currencies.getFirst());
        currency.addClassName("panel-select");
        Chart chart = new Chart(chartIn.apply(currencies.getFirst()));
        currency.addValueChangeListener(change -> chart.setSpec(chartIn.apply(change.getValue())));
        section.panel(title, currency, chart);
    }
}
