package io.portalops.contract.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Contracts filters. The everyday ones stay in one row; the value and date ranges fold under "More filters"
 * (eleven fields wrapped into two rows, and filled most of a phone's screen). Any change reloads the grid; the values
 * travel in the URL so a filtered list can be shared.
 */
class ContractFilterBar extends FilterBar {

    final TextField text = new TextField();
    final ComboBox<ContractStatus> status = new ComboBox<>();
    final CustomerPicker customer;
    final ComboBox<AccountSummary> owner = new ComboBox<>();
    final Checkbox flagged = new Checkbox("Flagged only");
    final BigDecimalField minValue = new BigDecimalField();
    final BigDecimalField maxValue = new BigDecimalField();
    final DatePicker startFrom = DateFields.apply(new DatePicker());
    final DatePicker startTo = DateFields.apply(new DatePicker());
    final DatePicker endFrom = DateFields.apply(new DatePicker());
    final DatePicker endTo = DateFields.apply(new DatePicker());
    final ComboBox<Boolean> renewal = new ComboBox<>();

    ContractFilterBar(CustomerService customers, List<AccountSummary> owners, Runnable onChange) {
        super(onChange);
        customer = new CustomerPicker(customers);
        text.setPlaceholder("Number or title…");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setTooltipText("An exact contract number, or 3 or more letters of the title");
        text.addClassName("wide");
        status.setItems(ContractStatus.values());
        status.setItemLabelGenerator(ContractStatus::label);
        owner.setItems(owners);
        owner.setItemLabelGenerator(AccountSummary::displayName);
        owner.setVisible(!owners.isEmpty());
        filter("Search", text);
        filter("Status", status);
        filter("Customer", customer);
        filter("Owner", owner);
        filter("Flagged only", flagged);
        more("Value from", minValue);
        more("Value to", maxValue);
        more("Starts from", startFrom);
        more("Starts by", startTo);
        more("Ends from", endFrom);
        more("Ends by", endTo);
        renewal.setItems(Boolean.TRUE, Boolean.FALSE);
        renewal.setItemLabelGenerator(auto -> auto ? "Renews by itself" : "Expires unless renewed");
        more("Renewal", renewal);
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
            bound.setLabel(name);
            bound.setAriaLabel(name);
            bound.setTooltipText(tooltip);
            bound.setWidth("11rem");
        }
    }

    QueryParameters toQueryParameters(boolean awaitingMe) {
        return UrlQuery.write()
                .put("q", text.getValue())
                .put("status", status.getValue())
                .put("customer", customer.selectedId())
                .put("owner", owner.getValue() == null ? null : owner.getValue().id())
                .put("min", minValue.getValue())
                .put("max", maxValue.getValue())
                .put("startFrom", startFrom.getValue())
                .put("startTo", startTo.getValue())
                .put("endFrom", endFrom.getValue())
                .put("endTo", endTo.getValue())
                .put("renew", renewal.getValue() == null ? null : renewal.getValue() ? "auto" : "none")
                .put("flagged", flagged.getValue() ? "true" : null)
                .put("mine", awaitingMe ? "true" : null)
                .toParameters();
    }

    /** Sets the filters from a link; unknown, invalid or out-of-scope values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        text.setValue(query.text("q"));
        status.setValue(query.enumValue("status", ContractStatus.class));
        customer.select(query.id("customer"));
        owner.setValue(query.item("owner", owner.getListDataView().getItems().toList(), AccountSummary::id));
        minValue.setValue(query.decimal("min"));
        maxValue.setValue(query.decimal("max"));
        startFrom.setValue(query.date("startFrom"));
        startTo.setValue(query.date("startTo"));
        endFrom.setValue(query.date("endFrom"));
        endTo.setValue(query.date("endTo"));
        String renew = query.text("renew");
        renewal.setValue("auto".equals(renew) ? Boolean.TRUE : "none".equals(renew) ? Boolean.FALSE : null);
        flagged.setValue("true".equalsIgnoreCase(query.text("flagged")));
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
}
