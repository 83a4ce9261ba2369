package io.portalops.customer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerStatus;
import io.portalops.security.AccountSummary;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Customers filters: the common ones always visible, exact searches on reference, email and national ID
 * folded away. Any change reloads the grid.
 */
class CustomerFilterBar extends FilterBar {

    final TextField name = new TextField();
    final ComboBox<CustomerStatus> status = new ComboBox<>();
    final ComboBox<CustomerSegment> segment = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<AccountSummary> owner = new ComboBox<>();
    final TextField externalRef = new TextField();
    final TextField email = new TextField();
    final TextField nationalId = new TextField();

    CustomerFilterBar(List<AccountSummary> owners, Runnable onChange) {
        super(onChange);
        name.setPlaceholder("Name contains…");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setTooltipText("3 or more letters match anywhere in the name; 1 or 2 letters match its start");
        name.addClassName("wide");
        status.setItems(CustomerStatus.values());
        status.setItemLabelGenerator(CustomerStatus::label);
        segment.setItems(CustomerSegment.values());
        segment.setItemLabelGenerator(CustomerSegment::label);
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        country.setItemLabelGenerator(code -> code + " " + Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
        owner.setItems(owners);
        owner.setItemLabelGenerator(AccountSummary::displayName);
        owner.setVisible(!owners.isEmpty());
        for (TextField exact : List.of(externalRef, email, nationalId)) {
            exact.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        }
        filter("Name", name);
        filter("Status", status);
        filter("Segment", segment);
        filter("Country", country);
        filter("Owner", owner);
        setMoreTitle("Exact search");
        more("External reference", externalRef);
        more("Email (exact)", email);
        more("National ID (exact)", nationalId);
    }

    /**
     * The filters worth sharing as a link. Exact email and national ID stay out: URLs end up in browser history
     * and proxy logs, and those are personal data.
     */
    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put("name", name.getValue())
                .put("status", status.getValue())
                .put("segment", segment.getValue())
                .put("country", country.getValue())
                .put("owner", owner.getValue() == null ? null : owner.getValue().id())
                .put("ref", externalRef.getValue())
                .toParameters();
    }

    /** Sets the filters from a link; unknown or invalid values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        name.setValue(query.text("name"));
        status.setValue(query.enumValue("status", CustomerStatus.class));
        segment.setValue(query.enumValue("segment", CustomerSegment.class));
        String code = query.text("country").toUpperCase(Locale.ROOT);
        country.setValue(Arrays.asList(Locale.getISOCountries()).contains(code) ? code : null);
        owner.setValue(query.item("owner", owner.getListDataView().getItems().toList(), AccountSummary::id));
        externalRef.setValue(query.text("ref"));
    }

    CustomerFilter value() {
        return new CustomerFilter(
                name.getValue(),
                status.getValue(),
                segment.getValue(),
                country.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                externalRef.getValue(),
                email.getValue(),
                nationalId.getValue());
    }
}
