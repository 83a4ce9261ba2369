package io.portalops.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonFilter;
import io.portalops.inventory.ProductRef;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.util.List;

/**
 * The Directory filters: name, department, employment status and a product held (among the products the user sees).
 * They travel in the URL, so a filtered list can be bookmarked and linked to.
 */
class DirectoryFilterBar extends FilterBar {

    final TextField name = new TextField();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<EmploymentStatus> status = new ComboBox<>();
    final ComboBox<ProductRef> product = new ComboBox<>();

    DirectoryFilterBar(List<String> departments, List<ProductRef> products, Runnable onChange) {
        super(onChange);
        name.setPlaceholder("Name contains…");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setTooltipText("3 or more letters match anywhere in the name; 1 or 2 letters match its start");
        name.addClassName("wide");
        department.setItems(departments);
        status.setItems(EmploymentStatus.values());
        status.setItemLabelGenerator(EmploymentStatus::label);
        product.setItems(products);
        product.setItemLabelGenerator(ProductRef::label);
        product.addClassName("product-filter");
        filter("Name", name);
        filter("Department", department);
        filter("Status", status);
        filter("Product held", product);
    }

    PersonFilter value() {
        return new PersonFilter(
                name.getValue(),
                department.getValue(),
                status.getValue(),
                product.getValue() == null ? null : product.getValue().id());
    }

    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put("name", name.getValue())
                .put("department", department.getValue())
                .put("status", status.getValue())
                .put(
                        "product",
                        product.getValue() == null ? null : product.getValue().id())
                .toParameters();
    }

    /** Sets the filters from a link; unknown values (or a product the user does not see) are ignored. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        name.setValue(query.text("name"));
        department.setValue(
                query.item("department", department.getListDataView().getItems().toList(), d -> d));
        status.setValue(query.enumValue("status", EmploymentStatus.class));
        product.setValue(
                query.item("product", product.getListDataView().getItems().toList(), ProductRef::id));
    }
}
