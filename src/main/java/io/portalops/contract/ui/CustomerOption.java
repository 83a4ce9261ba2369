package io.portalops.contract.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerSortField;
import io.portalops.shared.paging.SortOrder;
import java.util.List;

/** A customer to choose in a combo box: searched by name, page by page, within the user's scope. */
record CustomerOption(long id, String name) {

    static void lazilySearch(ComboBox<CustomerOption> box, CustomerService customers) {
        box.setItemLabelGenerator(CustomerOption::name);
        box.setItems(query -> customers.search(new CustomerFilter(query.getFilter().orElse(""), null, null, null, null, null, null, null),
                        List.of(new SortOrder<>(CustomerSortField.NAME, true)), query.getOffset(), query.getLimit())
                .items().stream().map(c -> new CustomerOption(c.id(), c.name())));
    }
}
