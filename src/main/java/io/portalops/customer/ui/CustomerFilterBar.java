package io.portalops.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerStatus;
import io.portalops.security.AccountSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Customers filters: the common ones always visible, exact searches on reference, email and national ID
 * folded away. Any change reloads the grid.
 */
class CustomerFilterBar extends Div {

    final TextField name = new TextField();
    final ComboBox<CustomerStatus> status = new ComboBox<>();
    final ComboBox<CustomerSegment> segment = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<AccountSummary> owner = new ComboBox<>();
    final TextField externalRef = new TextField("External reference");
    final TextField email = new TextField("Email (exact)");
    final TextField nationalId = new TextField("National ID (exact)");
    private final FlexLayout actions = new FlexLayout();

    CustomerFilterBar(List<AccountSummary> owners, Runnable onChange) {
        addClassName("filter-bar");
        name.setPlaceholder("Name contains…");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setAriaLabel("Name contains");
        name.setTooltipText("3 or more letters match anywhere in the name; 1 or 2 letters match its start");

        status.setPlaceholder("Status");
        status.setItems(CustomerStatus.values());
        status.setItemLabelGenerator(CustomerStatus::label);
        segment.setPlaceholder("Segment");
        segment.setItems(CustomerSegment.values());
        segment.setItemLabelGenerator(CustomerSegment::label);
        country.setPlaceholder("Country");
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        country.setItemLabelGenerator(code -> code + " " + Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
        owner.setPlaceholder("Owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(AccountSummary::displayName);
        owner.setVisible(!owners.isEmpty());
        for (ComboBox<?> box : List.of(status, segment, country, owner)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> onChange.run());
        }
        name.addValueChangeListener(change -> onChange.run());
        for (TextField exact : List.of(externalRef, email, nationalId)) {
            exact.setClearButtonVisible(true);
            exact.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            exact.addValueChangeListener(change -> onChange.run());
        }

        Button clear = new Button("Clear filters", click -> {
            name.clear();
            status.clear();
            segment.clear();
            country.clear();
            owner.clear();
            externalRef.clear();
            email.clear();
            nationalId.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FlexLayout main = new FlexLayout(name, status, segment, country, owner, clear, actions);
        main.addClassName("filter-row");
        Details exact = new Details("Exact search", new FlexLayout(externalRef, email, nationalId));
        exact.addClassName("exact-search");
        add(main, exact);
    }

    void addToActions(Component component) {
        actions.add(component);
    }

    CustomerFilter value() {
        return new CustomerFilter(name.getValue(), status.getValue(), segment.getValue(), country.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), externalRef.getValue(), email.getValue(), nationalId.getValue());
    }
}
