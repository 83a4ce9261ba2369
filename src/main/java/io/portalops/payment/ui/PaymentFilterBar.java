package io.portalops.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.PaymentFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The Payments filters: service, renewal within N days, card expiring within N days, cycle. Any change reloads the grid. */
class PaymentFilterBar extends Div {

    final ComboBox<ServiceOption> service = new ComboBox<>();
    final IntegerField renewalWithin = new IntegerField();
    final IntegerField cardWithin = new IntegerField();
    final IntegerField deadlineWithin = new IntegerField();
    final ComboBox<BillingCycle> cycle = new ComboBox<>();
    private final FlexLayout actions = new FlexLayout();

    /** {@code cardFilter}: whether the caller sees any card expiry; a product admin does not, so the filter is left out. */
    PaymentFilterBar(List<ServiceOption> services, boolean cardFilter, Runnable onChange) {
        addClassName("filter-bar");
        service.setPlaceholder("Service");
        service.setItems(services);
        service.setItemLabelGenerator(ServiceOption::name);
        service.setAriaLabel("Service");
        cycle.setPlaceholder("Cycle");
        cycle.setItems(BillingCycle.values());
        cycle.setItemLabelGenerator(BillingCycle::label);
        cycle.setAriaLabel("Billing cycle");
        days(renewalWithin, "Renewal within", "Renewals due within this many days, and overdue ones");
        renewalWithin.setPrefixComponent(VaadinIcon.CALENDAR_CLOCK.create());
        days(
                deadlineWithin,
                "Cancel by within",
                "Records whose cancellation deadline falls within this many days, and passed ones");
        deadlineWithin.setPrefixComponent(VaadinIcon.HOURGLASS.create());
        days(cardWithin, "Card expiry within", "Cards whose last valid day is within this many days, and expired ones");
        cardWithin.setPrefixComponent(VaadinIcon.CREDIT_CARD.create());
        cardWithin.setVisible(cardFilter);
        for (ComboBox<?> box : List.of(service, cycle)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> onChange.run());
        }
        for (IntegerField field : List.of(renewalWithin, deadlineWithin, cardWithin)) {
            field.addValueChangeListener(change -> onChange.run());
        }
        Button clear = new Button("Clear filters", click -> {
            service.clear();
            cycle.clear();
            renewalWithin.clear();
            deadlineWithin.clear();
            cardWithin.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.addClassName("filter-actions");
        FlexLayout row = new FlexLayout(service, renewalWithin, deadlineWithin, cardWithin, cycle, clear, actions);
        row.addClassName("filter-row");
        add(row);
    }

    private static void days(IntegerField field, String label, String tooltip) {
        field.setPlaceholder(label);
        field.setAriaLabel(label + " (days)");
        field.setTooltipText(tooltip);
        field.setMin(0);
        field.setMax(PaymentFilter.MAX_DAYS);
        field.setClearButtonVisible(true);
        field.setSuffixComponent(new Span("days"));
        field.addClassName("days-filter");
    }

    void addToActions(Component... components) {
        actions.add(components);
    }

    PaymentFilter value() {
        return new PaymentFilter(
                service.getValue() == null ? null : service.getValue().id(),
                null,
                valid(renewalWithin),
                cardWithin.isVisible() ? valid(cardWithin) : null,
                cycle.getValue(),
                valid(deadlineWithin));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        if (service.getValue() != null) {
            query.put("service", Long.toString(service.getValue().id()));
        }
        if (valid(renewalWithin) != null) {
            query.put("renewal", Integer.toString(valid(renewalWithin)));
        }
        if (valid(deadlineWithin) != null) {
            query.put("deadline", Integer.toString(valid(deadlineWithin)));
        }
        if (cardWithin.isVisible() && valid(cardWithin) != null) {
            query.put("card", Integer.toString(valid(cardWithin)));
        }
        if (cycle.getValue() != null) {
            query.put("cycle", cycle.getValue().name());
        }
        return QueryParameters.simple(query);
    }

    /** Sets the filters from a link; unknown or invalid values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        String serviceId = first(query, "service");
        service.setValue(service.getListDataView()
                .getItems()
                .filter(s -> Long.toString(s.id()).equals(serviceId))
                .findFirst()
                .orElse(null));
        renewalWithin.setValue(days(first(query, "renewal")));
        deadlineWithin.setValue(days(first(query, "deadline")));
        cardWithin.setValue(cardWithin.isVisible() ? days(first(query, "card")) : null);
        try {
            String name = first(query, "cycle");
            cycle.setValue(name.isBlank() ? null : BillingCycle.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            cycle.setValue(null);
        }
    }

    private static @Nullable Integer valid(IntegerField field) {
        Integer value = field.getValue();
        return value == null || value < 0 || value > PaymentFilter.MAX_DAYS ? null : value;
    }

    private static @Nullable Integer days(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value < 0 || value > PaymentFilter.MAX_DAYS ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }
}
