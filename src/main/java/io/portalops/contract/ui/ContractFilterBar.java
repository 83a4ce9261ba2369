package io.portalops.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.contract.ContractFilter;
import io.portalops.contract.ContractStatus;
import io.portalops.customer.CustomerService;
import io.portalops.customer.ui.CustomerPicker;
import io.portalops.security.AccountSummary;
import io.portalops.shared.ui.DateFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Contracts filters. Any change reloads the grid; the values travel in the URL so a filtered list can be shared.
 */
class ContractFilterBar extends Div {

    final TextField text = new TextField();
    final ComboBox<ContractStatus> status = new ComboBox<>();
    final CustomerPicker customer;
    final ComboBox<AccountSummary> owner = new ComboBox<>();
    final BigDecimalField minValue = new BigDecimalField();
    final BigDecimalField maxValue = new BigDecimalField();
    final DatePicker startFrom = DateFields.apply(new DatePicker());
    final DatePicker startTo = DateFields.apply(new DatePicker());
    final DatePicker endFrom = DateFields.apply(new DatePicker());
    final DatePicker endTo = DateFields.apply(new DatePicker());
    final Checkbox flagged = new Checkbox("Flagged only");
    final ComboBox<Boolean> renewal = new ComboBox<>();
    private final FlexLayout actions = new FlexLayout();

    ContractFilterBar(CustomerService customers, List<AccountSummary> owners, Runnable onChange) {
        customer = new CustomerPicker(customers);
        addClassName("filter-bar");
        text.setPlaceholder("Number or title…");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel("Number or title");
        text.setTooltipText("An exact contract number, or 3 or more letters of the title");
        status.setPlaceholder("Status");
        status.setItems(ContractStatus.values());
        status.setItemLabelGenerator(ContractStatus::label);
        customer.setPlaceholder("Customer");
        customer.setAriaLabel("Customer");
        owner.setPlaceholder("Owner");
        owner.setAriaLabel("Owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(AccountSummary::displayName);
        owner.setVisible(!owners.isEmpty());
        minValue.setPlaceholder("Value from");
        minValue.setAriaLabel("Value from");
        maxValue.setPlaceholder("Value to");
        maxValue.setAriaLabel("Value to");
        startFrom.setPlaceholder("Starts from");
        startFrom.setAriaLabel("Starts from");
        startTo.setPlaceholder("Starts by");
        startTo.setAriaLabel("Starts by");
        endFrom.setPlaceholder("Ends from");
        endFrom.setAriaLabel("Ends from");
        endTo.setPlaceholder("Ends by");
        endTo.setAriaLabel("Ends by");
        renewal.setPlaceholder("Renewal");
        renewal.setAriaLabel("Renewal");
        renewal.setItems(Boolean.TRUE, Boolean.FALSE);
        renewal.setItemLabelGenerator(auto -> auto ? "Renews by itself" : "Expires unless renewed");
        renewal.setWidth("12rem");
        for (var field : List.<HasValue<?, ?>>of(
                text, status, customer, owner, minValue, maxValue, startFrom, startTo, endFrom, endTo, renewal,
                flagged)) {
            if (field instanceof HasClearButton clearable) {
                clearable.setClearButtonVisible(true);
            }
            field.addValueChangeListener(change -> onChange.run());
        }
        for (var narrow : List.of(minValue, maxValue)) {
            narrow.setWidth("9rem");
        }
        for (var date : List.of(startFrom, startTo, endFrom, endTo)) {
            date.setWidth("10rem");
            // the placeholder goes once a date is set, so the tooltip still says which bound it is
            date.setTooltipText(date.getPlaceholder());
        }

        Button clear = new Button("Clear filters", click -> {
            for (var field : List.<HasValue<?, ?>>of(
                    text, status, customer, owner, minValue, maxValue, startFrom, startTo, endFrom, endTo, renewal,
                    flagged)) {
                field.clear();
            }
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.addClassName("filter-actions");
        FlexLayout main = new FlexLayout(
                text, status, customer, owner, minValue, maxValue, startFrom, startTo, endFrom, endTo, renewal, flagged,
                clear, actions);
        main.addClassName("filter-row");
        add(main);
    }

    /** Value bounds are in the base currency; the label says so and the tooltip gives the conversion used. */
    void valuesIn(String baseCurrency, Map<String, BigDecimal> ratesToBase) {
        String rates = ratesToBase.entrySet().stream()
                .filter(e -> !e.getKey().equals(baseCurrency))
                .map(e -> "1 " + e.getKey() + " = "
                        + e.getValue().stripTrailingZeros().toPlainString() + " " + baseCurrency)
                .collect(java.util.stream.Collectors.joining(", "));
        String tooltip =
                "In " + baseCurrency + "; other currencies are converted" + (rates.isEmpty() ? "" : " (" + rates + ")");
        for (var bound : List.of(minValue, maxValue)) {
            String name = (bound == minValue ? "Value from" : "Value to") + " (" + baseCurrency + ")";
            bound.setPlaceholder(name);
            bound.setAriaLabel(name);
            bound.setTooltipText(tooltip);
            bound.setWidth("11rem");
        }
    }

    void addToActions(Component... components) {
        actions.add(components);
    }

    QueryParameters toQueryParameters(boolean awaitingMe) {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "q", text.getValue().isBlank() ? null : text.getValue().strip());
        put(
                query,
                "status",
                status.getValue() == null ? null : status.getValue().name());
        put(query, "customer", customer.selectedId() == null ? null : Long.toString(customer.selectedId()));
        put(
                query,
                "owner",
                owner.getValue() == null ? null : Long.toString(owner.getValue().id()));
        put(
                query,
                "min",
                minValue.getValue() == null ? null : minValue.getValue().toPlainString());
        put(
                query,
                "max",
                maxValue.getValue() == null ? null : maxValue.getValue().toPlainString());
        put(
                query,
                "startFrom",
                startFrom.getValue() == null ? null : startFrom.getValue().toString());
        put(
                query,
                "startTo",
                startTo.getValue() == null ? null : startTo.getValue().toString());
        put(
                query,
                "endFrom",
                endFrom.getValue() == null ? null : endFrom.getValue().toString());
        put(query, "endTo", endTo.getValue() == null ? null : endTo.getValue().toString());
        put(query, "renew", renewal.getValue() == null ? null : renewal.getValue() ? "auto" : "none");
        put(query, "flagged", flagged.getValue() ? "true" : null);
        put(query, "mine", awaitingMe ? "true" : null);
        return QueryParameters.simple(query);
    }

    /** Sets the filters from a link; unknown, invalid or out-of-scope values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        text.setValue(first(query, "q"));
        status.setValue(parse(first(query, "status")));
        customer.select(id(first(query, "customer")));
        String ownerId = first(query, "owner");
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(o -> Long.toString(o.id()).equals(ownerId))
                .findFirst()
                .orElse(null));
        minValue.setValue(decimal(first(query, "min")));
        maxValue.setValue(decimal(first(query, "max")));
        startFrom.setValue(date(first(query, "startFrom")));
        startTo.setValue(date(first(query, "startTo")));
        endFrom.setValue(date(first(query, "endFrom")));
        endTo.setValue(date(first(query, "endTo")));
        String renew = first(query, "renew");
        renewal.setValue("auto".equals(renew) ? Boolean.TRUE : "none".equals(renew) ? Boolean.FALSE : null);
        flagged.setValue("true".equalsIgnoreCase(first(query, "flagged")));
    }

    ContractFilter value(boolean awaitingMe) {
        return new ContractFilter(
                status.getValue(),
                customer.selectedId(),
                owner.getValue() == null ? null : owner.getValue().id(),
                minValue.getValue(),
                maxValue.getValue(),
                endFrom.getValue(),
                endTo.getValue(),
                flagged.getValue() ? Boolean.TRUE : null,
                text.getValue(),
                awaitingMe,
                startFrom.getValue(),
                startTo.getValue(),
                renewal.getValue());
    }

    static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static @Nullable Long id(String value) {
        try {
            return value.isBlank() ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Map<String, String> query, String key, @Nullable String value) {
        if (value != null) {
            query.put(key, value);
        }
    }

    private static @Nullable ContractStatus parse(String value) {
        try {
            return value.isBlank() ? null : ContractStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(String value) {
        try {
            return value.isBlank() ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
