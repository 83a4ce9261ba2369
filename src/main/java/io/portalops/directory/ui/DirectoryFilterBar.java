package io.portalops.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonFilter;
import io.portalops.inventory.ProductRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Directory filters: name, department, employment status and a product held (among the products the user sees).
 * They travel in the URL, so a filtered list can be bookmarked and linked to.
 */
class DirectoryFilterBar extends Div {

    final TextField name = new TextField();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<EmploymentStatus> status = new ComboBox<>();
    final ComboBox<ProductRef> product = new ComboBox<>();
    private final FlexLayout actions = new FlexLayout();

    DirectoryFilterBar(List<String> departments, List<ProductRef> products, Runnable onChange) {
        addClassName("filter-bar");
        name.setPlaceholder("Name contains…");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setAriaLabel("Name contains");
        name.setTooltipText("3 or more letters match anywhere in the name; 1 or 2 letters match its start");
        department.setPlaceholder("Department");
        department.setItems(departments);
        status.setPlaceholder("Status");
        status.setItems(EmploymentStatus.values());
        status.setItemLabelGenerator(EmploymentStatus::label);
        product.setPlaceholder("Product held");
        product.setItems(products);
        product.setItemLabelGenerator(ProductRef::label);
        product.addClassName("product-filter");
        for (ComboBox<?> box : List.of(department, status, product)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> onChange.run());
        }
        name.addValueChangeListener(change -> onChange.run());
        Button clear = new Button("Clear filters", click -> {
            name.clear();
            department.clear();
            status.clear();
            product.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.addClassName("filter-actions");
        FlexLayout row = new FlexLayout(name, department, status, product, clear, actions);
        row.addClassName("filter-row");
        add(row);
    }

    void addToActions(Component... components) {
        actions.add(components);
    }

    PersonFilter value() {
        return new PersonFilter(
                name.getValue(),
                department.getValue(),
                status.getValue(),
                product.getValue() == null ? null : product.getValue().id());
    }

    QueryParameters toQueryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!name.getValue().isBlank()) {
            query.put("name", name.getValue().strip());
        }
        if (department.getValue() != null) {
            query.put("department", department.getValue());
        }
        if (status.getValue() != null) {
            query.put("status", status.getValue().name());
        }
        if (product.getValue() != null) {
            query.put("product", Long.toString(product.getValue().id()));
        }
        return QueryParameters.simple(query);
    }

    /** Sets the filters from a link; unknown values (or a product the user does not see) are ignored. */
    void apply(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        name.setValue(first(query, "name"));
        String dept = first(query, "department");
        department.setValue(department
                .getListDataView()
                .getItems()
                .filter(dept::equals)
                .findFirst()
                .orElse(null));
        status.setValue(status(first(query, "status")));
        String productId = first(query, "product");
        product.setValue(product.getListDataView()
                .getItems()
                .filter(p -> Long.toString(p.id()).equals(productId))
                .findFirst()
                .orElse(null));
    }

    private static @Nullable EmploymentStatus status(String value) {
        try {
            return value.isBlank() ? null : EmploymentStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }
}
