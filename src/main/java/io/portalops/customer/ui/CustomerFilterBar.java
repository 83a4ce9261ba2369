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
import com.vaadin.flow.router.QueryParameters;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerStatus;
import io.portalops.security.AccountSummary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    private final Details exact;

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

        actions.addClassName("filter-actions");
        FlexLayout main = new FlexLayout(name, status, segment, country, owner, clear, actions);
        main.addClassName("filter-row");
        exact = new Details("Exact search", new FlexLayout(externalRef, email, nationalId));
        exact.addClassName("exact-search");
        add(main, exact);
    }

    void addToActions(Component... components) {
        actions.add(components);
    }

    /**
     * The filters worth sharing as a link. Exact email and national ID stay out: URLs end up in browser history
     * and proxy logs, and those are personal data.
     */
    QueryParameters toQueryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!name.getValue().isBlank()) {
            query.put("name", name.getValue().strip());
        }
        if (status.getValue() != null) {
            query.put("status", status.getValue().name());
        }
        if (segment.getValue() != null) {
            query.put("segment", segment.getValue().name());
        }
        if (country.getValue() != null) {
            query.put("country", country.getValue());
        }
        if (owner.getValue() != null) {
            query.put("owner", Long.toString(owner.getValue().id()));
        }
        if (!externalRef.getValue().isBlank()) {
            query.put("ref", externalRef.getValue().strip());
        }
        return QueryParameters.simple(query);
    }

    /** Sets the filters from a link; unknown or invalid values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        name.setValue(first(query, "name"));
        status.setValue(parse(CustomerStatus.class, first(query, "status")));
        segment.setValue(parse(CustomerSegment.class, first(query, "segment")));
        String code = first(query, "country").toUpperCase(Locale.ROOT);
        country.setValue(Arrays.asList(Locale.getISOCountries()).contains(code) ? code : null);
        String ownerId = first(query, "owner");
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(o -> Long.toString(o.id()).equals(ownerId))
                .findFirst()
                .orElse(null));
        externalRef.setValue(first(query, "ref"));
        if (!externalRef.isEmpty()) {
            exact.setOpened(true);
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
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
