package io.portalops.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.audit.ui.HistoryTab;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerService;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.ui.HistoryPanel;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * One customer: the editable form, its History from Envers, and tabs other modules contribute.
 * {@code customers/new} creates one. A customer outside the user's scope shows the same page as a missing one.
 */
@Route("customers")
@RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "ANALYST", "APPROVER"})
public class CustomerDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CustomerService customers;
    private final CurrentUserProvider currentUser;
    private final List<CustomerDetailSection> sections;
    private final H2 title = new H2();
    private final Span status = new Span();
    final TabSheet tabs = new TabSheet();
    CustomerEditor editor;
    HistoryPanel history;
    private HistoryTab historyTab;

    CustomerDetailView(
            CustomerService customers, CurrentUserProvider currentUser, List<CustomerDetailSection> sections) {
        this.customers = customers;
        this.currentUser = currentUser;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CustomerDetailSection::order))
                .toList();
        addClassName("customer-detail");
        setSizeFull();
        RouterLink back = new RouterLink("← Customers", CustomersView.class);
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(Alignment.BASELINE);
        tabs.setSizeFull();
        add(back, heading, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        clear();
        if ("new".equals(parameter)) {
            if (!currentUser.require().hasAny(Role.ADMIN, Role.ACCOUNT_MANAGER)) {
                throw new NotFoundException();
            }
            showNew();
            return;
        }
        long id;
        try {
            id = Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        try {
            show(customers.get(id));
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    /**
     * Vaadin reuses this view when navigating from one customer to another (e.g. from {@code customers/new} to the
     * created customer), so the tabs of the previous customer go first.
     */
    private void clear() {
        if (historyTab != null) {
            historyTab.remove();
            historyTab = null;
        }
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        editor = null;
        history = null;
        status.setVisible(true);
    }

    private void showNew() {
        title.setText("New customer");
        status.setVisible(false);
        editor = new CustomerEditor(
                customers,
                currentUser.require().has(Role.ADMIN),
                saved -> getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, Long.toString(saved.id()))));
        editor.editNew();
        tabs.add("Details", editor);
    }

    private void show(CustomerDetails customer) {
        title.setText(customer.name());
        status.removeAll();
        status.add(CustomersView.StatusBadge.of(customer.status()));
        editor = new CustomerEditor(customers, currentUser.require().has(Role.ADMIN), this::saved);
        editor.edit(customer);
        tabs.add("Details", editor);
        historyTab = HistoryTab.add(tabs, () -> customers.history(customer.id()));
        history = historyTab.panel;
        for (CustomerDetailSection section : sections) {
            if (section.isVisibleToCurrentUser()) {
                Component content = section.create(customer.id());
                tabs.add(section.title(), content);
            }
        }
    }

    private void saved(CustomerDetails customer) {
        title.setText(customer.name());
        status.removeAll();
        status.add(CustomersView.StatusBadge.of(customer.status()));
        history.invalidate();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Customers";
    }
}
