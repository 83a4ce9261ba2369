package io.portalops.inventory.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.inventory.ServiceFilter;
import io.portalops.inventory.ServiceStatus;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;

/** The Services filters: name or vendor, status, and "needs attention". They travel in the URL. */
class ServiceFilterBar extends FilterBar {

    final TextField search = new TextField();
    final ComboBox<ServiceStatus> status = new ComboBox<>();
    final Checkbox attention = new Checkbox("Needs attention");

    ServiceFilterBar(Runnable onChange) {
        super(onChange);
        search.setPlaceholder("Service or vendor");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("wide");
        status.setItems(ServiceStatus.values());
        status.setItemLabelGenerator(ServiceStatus::label);
        attention.setTooltipText(
                "Services with a product at 90 % of its seats or more, or with a quarter or more of its seats unused");
        filter("Search", search);
        filter("Status", status);
        filter("Needs attention", attention);
    }

    ServiceFilter value() {
        return new ServiceFilter(search.getValue(), status.getValue(), null);
    }

    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put("q", search.getValue())
                .put("status", status.getValue())
                .put("attention", attention.getValue() ? "true" : null)
                .toParameters();
    }

    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        String text = query.text("q");
        search.setValue(text.length() > 200 ? text.substring(0, 200) : text);
        status.setValue(query.enumValue("status", ServiceStatus.class));
        attention.setValue("true".equalsIgnoreCase(query.text("attention")));
    }
}
