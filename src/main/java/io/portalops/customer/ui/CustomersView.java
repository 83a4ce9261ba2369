package io.portalops.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.customer.CustomerExport;
import io.portalops.customer.CustomerListItem;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerSortField;
import io.portalops.customer.CustomerStatus;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The Customers grid: lazy, page by page, never counting the table, so it stays fast with a million rows.
 */
@Route("customers")
@PageTitle("Customers")
@Menu(order = 10, icon = "vaadin:building", title = "Customers")
@RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "ANALYST", "APPROVER"})
public class CustomersView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    final CustomerFilterBar filters;
    final Grid<CustomerListItem> grid = new Grid<>(CustomerListItem.class, false);
    final GridViews<CustomerListItem> views;
    final Button create = new Button("New customer", VaadinIcon.PLUS.create());

    CustomersView(
            CustomerService customers,
            CurrentUserProvider currentUser,
            CustomerExport export,
            Exports exports,
            GridViewStore viewStore) {
        addClassName("customers-view");
        setSizeFull();
        boolean managerOnly = !currentUser.require().hasAny(Role.ADMIN, Role.ANALYST, Role.APPROVER);
        filters = new CustomerFilterBar(managerOnly ? List.of() : customers.owners(), this::refresh);
        url = new UrlFilters(
                "customers",
                query -> filters.apply(query),
                () -> filters.toQueryParameters(),
                () -> grid.getDataProvider().refreshAll());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.require().hasAny(Role.ADMIN, Role.ACCOUNT_MANAGER));
        create.addClickListener(click -> create.getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, "new")));
        filters.addToActions(
                create,
                new ExportMenu(
                        exports,
                        export,
                        () -> export.query(
                                        filters.value(),
                                        sortOf(grid.getDataCommunicator().getBackEndSorting()))
                                .followingGrid(exportColumns())));

        // Fixed widths in rem: header and body cells have different font sizes, so em would misalign them;
        // auto-width columns measured from the first page overflow a laptop screen.
        grid.addColumn(CustomerListItem::externalRef)
                .setHeader("Reference")
                .setKey(CustomerSortField.EXTERNAL_REF.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(CustomerListItem::name)
                .setHeader("Name")
                .setKey(CustomerSortField.NAME.name())
                .setSortable(true)
                .setWidth("12rem")
                .setFlexGrow(3)
                .setTooltipGenerator(CustomerListItem::name);
        grid.addColumn(c -> c.emailMasked() == null ? "" : c.emailMasked())
                .setHeader("Email")
                .setKey("email")
                .setWidth("10rem")
                .setFlexGrow(1)
                .setTooltipGenerator(c -> c.emailMasked() == null ? "" : c.emailMasked());
        grid.addColumn(CustomerListItem::country)
                .setHeader("Country")
                .setKey(CustomerSortField.COUNTRY.name())
                .setSortable(true)
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.segment().label())
                .setHeader("Segment")
                .setKey(CustomerSortField.SEGMENT.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(CustomersView::statusBadge)
                .setHeader("Status")
                .setKey(CustomerSortField.STATUS.name())
                .setSortable(true)
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(CustomerListItem::ownerName)
                .setHeader("Owner")
                .setKey("owner")
                .setWidth("8.5rem")
                .setFlexGrow(0)
                .setTooltipGenerator(CustomerListItem::ownerName);
        grid.addColumn(c -> DAY.format(c.updatedAt()))
                .setHeader("Updated")
                .setKey(CustomerSortField.UPDATED_AT.name())
                .setSortable(true)
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText("No customers match these filters.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setItems(
                query -> customers
                        .search(filters.value(), sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
                        .items()
                        .stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(CustomerSortField.NAME.name()))
                .build());

        views = new GridViews<>("customers", "customers", grid, viewStore, url);
        views.exportAs("EXTERNAL_REF", "External ref");
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(
                new RowCountLabel(() -> customers.count(filters.value()), "customer", "customers").follow(grid));
        toolbar.addEnd(GridKeyboard.install(grid, filters, this::open).helpButton());
        add(filters, toolbar, new FilterChips(filters), grid);
    }

    private void open(CustomerListItem customer) {
        getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, Long.toString(customer.id())));
    }

    private final UrlFilters url;

    /** Filters travel in the URL, so a filtered list can be bookmarked and shared (and dashboards can link to it). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void refresh() {
        url.changed(this);
    }

    private static List<SortOrder<CustomerSortField>> sortOf(List<QuerySortOrder> orders) {
        List<SortOrder<CustomerSortField>> sort = new ArrayList<>();
        for (var order : orders) {
            sort.add(new SortOrder<>(
                    CustomerSortField.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING));
        }
        return sort;
    }

    static Span statusBadge(CustomerListItem customer) {
        return StatusBadge.of(customer.status());
    }

    static final class StatusBadge {
        private StatusBadge() {}

        static Span of(CustomerStatus status) {
            Span badge = new Span(status.label());
            String variant = switch (status) {
                case ACTIVE -> "success";
                case PROSPECT -> "contrast";
                case SUSPENDED -> "warning";
                case CLOSED -> "error";
            };
            badge.getElement().getThemeList().add("badge pill small " + variant);
            return badge;
        }
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
