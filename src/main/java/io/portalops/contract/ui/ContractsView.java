package io.portalops.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.ui.BulkMenu;
import io.portalops.contract.ContractExport;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractSortField;
import io.portalops.customer.CustomerService;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import io.portalops.shared.ui.grid.UrlQuery;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The Contracts grid: lazy, page by page, with a capped count of the matching rows and bulk actions (ADR 036). Approvers get a "My approvals" tab with what waits for them.
 */
@Route("contracts")
@PageTitle("Contracts")
@Menu(order = 20, icon = "vaadin:file-text-o", title = "Contracts")
@RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "ANALYST", "APPROVER"})
public class ContractsView extends VerticalLayout implements BeforeEnterObserver {

    final ContractFilterBar filters;
    final Grid<ContractListItem> grid = new Grid<>(ContractListItem.class, false);
    final Button create = new Button("New contract", VaadinIcon.PLUS.create());
    final Tab all = new Tab("All contracts");
    final Tab myApprovals = new Tab("My approvals");
    final Tabs scope = new Tabs(all, myApprovals);
    final GridViews<ContractListItem> views;
    private final UrlFilters url = new UrlFilters("contracts", this::fromUrl, this::toUrl, this::reload);
    final RowCountLabel count;
    final BulkMenu<ContractListItem> bulk;

    ContractsView(
            ContractService contracts,
            CustomerService customers,
            CurrentUserProvider currentUser,
            ContractExport export,
            Exports exports,
            BulkActions bulkActions,
            GridViewStore viewStore) {
        addClassName("contracts-view");
        setSizeFull();
        CurrentUser user = currentUser.require();
        boolean managerOnly = !user.hasAny(Role.ADMIN, Role.ANALYST, Role.APPROVER);
        filters = new ContractFilterBar(customers, managerOnly ? List.of() : customers.owners(), this::refresh);
        filters.valuesIn(contracts.policy().baseCurrency(), contracts.policy().ratesToBase());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(user.hasAny(Role.ADMIN, Role.ACCOUNT_MANAGER));
        create.addClickListener(click -> new ContractFormDialog(
                        contracts,
                        customers,
                        saved -> getUI().ifPresent(ui -> ui.navigate(ContractDetailView.class, saved.number())))
                .open());
        filters.addToActions(
                create,
                new ExportMenu(
                        exports,
                        export,
                        () -> export.query(
                                        filters.value(awaitingMe()),
                                        sortOf(grid.getDataCommunicator().getBackEndSorting()))
                                .followingGrid(exportColumns())));

        scope.setVisible(user.has(Role.APPROVER));
        scope.addSelectedChangeListener(change -> refresh());
        if (user.has(Role.APPROVER)) {
            myApprovals.setLabel("My approvals (" + contracts.awaitingMyDecision() + ")");
        }

        grid.addColumn(ContractListItem::number)
                .setHeader("Number")
                .setKey(ContractSortField.NUMBER.name())
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ContractListItem::title)
                .setHeader("Title")
                .setKey(ContractSortField.TITLE.name())
                .setSortable(true)
                .setWidth("10rem")
                .setFlexGrow(3)
                .setTooltipGenerator(ContractListItem::title);
        grid.addColumn(ContractListItem::customerName)
                .setHeader("Customer")
                .setKey("customer")
                .setWidth("8.5rem")
                .setFlexGrow(2)
                .setTooltipGenerator(ContractListItem::customerName);
        grid.addColumn(c -> c.value().format())
                .setHeader("Value")
                .setKey(ContractSortField.VALUE.name())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(c -> DateFields.format(c.startDate()))
                .setHeader("Start")
                .setKey(ContractSortField.START_DATE.name())
                .setSortable(true)
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(c -> DateFields.format(c.endDate()))
                .setHeader("End")
                .setKey(ContractSortField.END_DATE.name())
                .setSortable(true)
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> ContractBadges.status(c.status()))
                .setHeader("Status")
                .setKey(ContractSortField.STATUS.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(ContractListItem::ownerName)
                .setHeader("Owner")
                .setKey("owner")
                .setWidth("7.5rem")
                .setFlexGrow(0)
                .setTooltipGenerator(ContractListItem::ownerName);
        grid.addComponentColumn(c -> ContractBadges.flag(c.flagged()))
                .setHeader(VaadinIcon.FLAG_O.create())
                .setKey("flagged")
                .setWidth("3rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("dense-grid");
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText("No contracts match these filters.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setItems(query -> contracts
                .search(filters.value(awaitingMe()), sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
                .items()
                .stream());
        grid.sort(GridSortOrder.desc(grid.getColumnByKey(ContractSortField.NUMBER.name()))
                .build());

        count = new RowCountLabel(() -> contracts.count(filters.value(awaitingMe())), "contract", "contracts");
        bulk = new BulkMenu<>(
                bulkActions,
                "contracts",
                grid,
                ContractListItem::id,
                () -> filters.value(awaitingMe()).parameters(),
                count::count,
                "contracts",
                this::reload);
        views = new GridViews<>("contracts", "contracts", grid, viewStore, url);
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(count);
        toolbar.addEnd(bulk);
        toolbar.addEnd(GridKeyboard.install(grid, filters, this::open).helpButton());
        add(scope, filters, toolbar, new FilterChips(filters), grid);
    }

    /** The filter changed, or a bulk run is over: fresh rows, a fresh count, and no selection left from before. */
    private void reload() {
        grid.getDataProvider().refreshAll();
        count.refresh();
        bulk.reset();
    }

    private void open(ContractListItem contract) {
        getUI().ifPresent(ui -> ui.navigate(ContractDetailView.class, contract.number()));
    }

    /** The visible columns for the export; asked when the user exports, long after the constructor set them up. */
    private java.util.List<String> exportColumns() {
        return views.exportColumns();
    }

    boolean awaitingMe() {
        return scope.isVisible() && scope.getSelectedTab() == myApprovals;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void fromUrl(QueryParameters query) {
        filters.apply(query);
        scope.setSelectedTab("true".equalsIgnoreCase(UrlQuery.of(query).text("mine")) ? myApprovals : all);
    }

    private QueryParameters toUrl() {
        return filters.toQueryParameters(awaitingMe());
    }

    private void refresh() {
        url.changed(this);
    }

    private static List<SortOrder<ContractSortField>> sortOf(List<QuerySortOrder> orders) {
        List<SortOrder<ContractSortField>> sort = new ArrayList<>();
        for (var order : orders) {
            sort.add(new SortOrder<>(
                    ContractSortField.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING));
        }
        return sort;
    }
}
