package io.portalops.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractService;
import io.portalops.customer.CustomerService;
import io.portalops.customer.ui.CustomerDetailSection;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.ui.DateFields;

/**
 * The Contracts tab of the customer detail screen: the customer's contracts the user may see, newest start first;
 * a click opens the contract.
 */
@org.springframework.stereotype.Component
class CustomerContractsSection implements CustomerDetailSection {

    private final ContractService contracts;
    private final CustomerService customers;
    private final CurrentUserProvider currentUser;

    CustomerContractsSection(ContractService contracts, CustomerService customers, CurrentUserProvider currentUser) {
        this.contracts = contracts;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    @Override
    public String title() {
        return "Contracts";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean isVisibleToCurrentUser() {
        return currentUser
                .find()
                .map(u -> u.hasAny(Role.ADMIN, Role.ACCOUNT_MANAGER, Role.ANALYST, Role.APPROVER))
                .orElse(false);
    }

    @Override
    public Component create(long customerId) {
        Grid<ContractListItem> grid = new Grid<>(ContractListItem.class, false);
        grid.addClassName("customer-contracts");
        grid.addColumn(ContractListItem::number)
                .setHeader("Number")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(ContractListItem::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(c -> c.value().format())
                .setHeader("Value")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(c -> DateFields.format(c.startDate()))
                .setHeader("Start")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(c -> DateFields.format(c.endDate()))
                .setHeader("End")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> ContractBadges.status(c.status()))
                .setHeader("Status")
                .setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> ContractBadges.flag(c.flagged()))
                .setHeader("")
                .setWidth("3.5rem")
                .setFlexGrow(0);
        grid.setItems(contracts.ofCustomer(customerId));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No contracts you may see.");
        grid.setSizeFull();
        grid.addItemClickListener(click -> grid.getUI()
                .ifPresent(ui ->
                        ui.navigate(ContractDetailView.class, click.getItem().number())));
        Button create = new Button("New contract", VaadinIcon.PLUS.create());
        create.addClassName("customer-new-contract");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser
                .find()
                .map(u -> u.hasAny(Role.ADMIN, Role.ACCOUNT_MANAGER))
                .orElse(false));
        create.addClickListener(click -> ContractFormDialog.forCustomer(
                        contracts,
                        customers,
                        customerId,
                        saved -> create.getUI().ifPresent(ui -> ui.navigate(ContractDetailView.class, saved.number())))
                .open());
        HorizontalLayout actions = new HorizontalLayout(create);
        actions.addClassName("section-actions");
        VerticalLayout section = new VerticalLayout(actions, grid);
        section.setPadding(false);
        section.setSizeFull();
        return section;
    }
}
