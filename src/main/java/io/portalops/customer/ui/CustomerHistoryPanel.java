package io.portalops.customer.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.customer.CustomerService;
import io.portalops.shared.ui.HistoryGrid;

/**
 * The History tab: Envers revisions as who changed which field and when, newest first. Loaded when the tab opens.
 */
class CustomerHistoryPanel extends VerticalLayout {

    final HistoryGrid grid = new HistoryGrid();
    private final CustomerService customers;
    private final long customerId;
    private boolean loaded;

    CustomerHistoryPanel(CustomerService customers, long customerId) {
        this.customers = customers;
        this.customerId = customerId;
        setPadding(false);
        setSizeFull();
        add(grid);
    }

    void load() {
        if (loaded) {
            return;
        }
        grid.show(customers.history(customerId).stream().map(c -> new HistoryGrid.Change(c.at(), c.actor(), c.kind(),
                c.fields().stream().map(f -> new HistoryGrid.Field(f.field(), f.oldValue(), f.newValue())).toList())).toList());
        loaded = true;
    }

    void invalidate() {
        loaded = false;
        if (isAttached() && isVisible()) {
            load();
        }
    }
}
