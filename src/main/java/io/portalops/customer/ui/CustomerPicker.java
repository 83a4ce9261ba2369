package io.portalops.customer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.portalops.customer.CustomerOption;
import io.portalops.customer.CustomerService;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Chooses a customer: searched by name page by page through {@link CustomerService}, so an account manager finds
 * only their own customers. Shows the name with the external reference. Shared by the modules that filter or
 * create things per customer, hence the named interface.
 */
@NamedInterface("customer-picker")
public class CustomerPicker extends ComboBox<CustomerOption> {

    private final CustomerService customers;

    public CustomerPicker(CustomerService customers) {
        this.customers = customers;
        addClassName("customer-picker");
        setItemLabelGenerator(c -> c.name() + " · " + c.externalRef());
        setRenderer(LitRenderer.<CustomerOption>of(
                        "<div>${item.name}<div class=\"customer-picker-ref\">${item.ref}</div></div>")
                .withProperty("name", CustomerOption::name)
                .withProperty("ref", CustomerOption::externalRef));
        setOverlayWidth("24rem");
        setItems(
                query -> customers.options(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
    }

    public CustomerPicker(String label, CustomerService customers) {
        this(customers);
        setLabel(label);
    }

    /** The chosen customer's id, or null. */
    public @Nullable Long selectedId() {
        return getValue() == null ? null : getValue().id();
    }

    /**
     * Chooses the customer with this id, e.g. from a link; an id the user may not see, or none, clears the choice,
     * so that a link never reveals whether a customer exists.
     */
    public void select(@Nullable Long id) {
        setValue(id == null ? null : customers.option(id).orElse(null));
    }
}
