package io.portalops.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.inventory.ProductExport;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceExport;
import io.portalops.inventory.ServiceListItem;
import io.portalops.inventory.ServiceStatus;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.PortalOpsProperties;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SaaS services as a master-detail: services → the selected service's products → the people holding the selected
 * product. {@code services/12/45} opens service 12 with product 45 selected, so a link can point at one product's
 * access list. A service or product outside the user's scope shows the not-found page.
 */
@Route("services/:serviceId?/:productId?")
@PageTitle("Services")
@Menu(order = 40, icon = "vaadin:cubes", title = "Services")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class ServicesView extends VerticalLayout implements BeforeEnterObserver {

    final ServiceFilterBar filters = new ServiceFilterBar(this::filtersChanged);
    final TextField search = filters.search;
    final ComboBox<ServiceStatus> status = filters.status;
    final Checkbox attention = filters.attention;
    final Button create = new Button("New service", VaadinIcon.PLUS.create());
    final Grid<ServiceListItem> grid = new Grid<>(ServiceListItem.class, false);
    final GridViews<ServiceListItem> views;
    final ServicePanel panel;
    /** Exact: the catalogue is hundreds of services, listed whole. */
    final RowCountLabel count = new RowCountLabel(() -> RowCount.exact(this.listed.size()), "service", "services");

    private List<ServiceListItem> listed = List.of();
    /** Shown while no service is open; the open service's panel has the same figures per product. */
    private final List<Grid.Column<ServiceListItem>> overviewColumns = new ArrayList<>();

    private final SaasCatalog catalog;
    private @Nullable Long shownService;
    private boolean routing;
    private String path = "services";
    private final UrlFilters url =
            new UrlFilters(() -> path, query -> filters.apply(query), () -> filters.toQueryParameters(), this::refresh);

    ServicesView(
            SaasCatalog catalog,
            CurrentUserProvider currentUser,
            Optional<ProductAccessSection> access,
            ServiceExport export,
            ProductExport productExport,
            Exports exports,
            PortalOpsProperties app,
            GridViewStore viewStore) {
        this.catalog = catalog;
        addClassName("services-view");
        setSizeFull();
        panel = new ServicePanel(
                catalog,
                currentUser,
                access,
                changed -> refresh(),
                this::productSelected,
                productExport,
                exports,
                app.currencies());
        panel.setVisible(false);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.require().has(Role.ADMIN));
        create.addClickListener(click -> new ServiceFormDialog(catalog, null, created -> {
                    refresh();
                    showService(created.id(), null);
                })
                .open());
        filters.addToActions(
                create,
                new ExportMenu(
                        exports,
                        export,
                        () -> export.query(filters.value(), attention.getValue())
                                .followingGrid(exportColumns())));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeightFull();
        grid.addColumn(ServiceListItem::name)
                .setHeader("Service")
                .setKey("service")
                .setWidth("10rem")
                .setFlexGrow(1)
                .setFrozen(true)
                .setSortable(true);
        grid.addComponentColumn(s -> ServiceBadges.status(s.status()))
                .setHeader("Status")
                .setKey("status")
                .setWidth("7rem")
                .setFlexGrow(0);
        overviewColumns.add(grid.addColumn(ServiceListItem::productCount)
                .setHeader("Products")
                .setKey("products")
                .setWidth("6rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END));
        grid.addComponentColumn(s -> new UtilisationBar(
                        s.seatsAssigned(), s.seatsPurchased(), s.utilisation() >= ProductListItem.NEARLY_FULL))
                .setHeader("Seats used")
                .setKey("seats-used")
                .setWidth("12rem")
                .setFlexGrow(0);
        // money in several currencies runs long ("EUR 26,375.00 + USD 608.00"): sized to the amounts, never cut
        overviewColumns.add(grid.addColumn(ServiceListItem::monthlyCostLabel)
                .setHeader("Per month")
                .setKey("per-month")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(ServiceListItem::monthlyCostLabel)
                .setTextAlign(ColumnTextAlign.END));
        overviewColumns.add(grid.addColumn(ServiceListItem::unusedMonthlyLabel)
                .setHeader("Unused / month")
                .setKey("unused-month")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(ServiceListItem::unusedMonthlyLabel)
                .setTextAlign(ColumnTextAlign.END));
        grid.setPartNameGenerator(s -> s.anyNearlyFull() ? "nearly-full" : null);
        grid.setTooltipGenerator(s -> s.anyNearlyFull()
                ? "A product is at 90 % of its seats or more"
                : s.anyWorthReclaiming() ? "A product has a quarter or more of its paid seats unused" : null);
        grid.addSelectionListener(selection -> {
            if (!routing) {
                selection.getFirstSelectedItem().ifPresent(s -> showService(s.id(), null));
            }
        });

        SplitLayout split = new SplitLayout(grid, panel);
        split.setSplitterPosition(46);
        split.setSizeFull();
        views = new GridViews<>("services", "services", grid, viewStore, url);
        views.exportAs("seats-used", "Seats assigned", "Seats purchased");
        views.exportAs("per-month", "Monthly cost");
        views.exportAs("unused-month", "Unused seats per month");
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(count);
        toolbar.addEnd(GridKeyboard.install(grid, filters, s -> showService(s.id(), null))
                .helpButton());
        add(filters, toolbar, new FilterChips(filters), split);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        views.enter(event);
        Optional<Long> service = id(event.getRouteParameters().get("serviceId"));
        Optional<Long> product = id(event.getRouteParameters().get("productId"));
        if (service.isEmpty()) {
            return;
        }
        try {
            showService(service.get(), product.orElse(null));
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private static Optional<Long> id(Optional<String> parameter) {
        try {
            return parameter.map(Long::parseLong);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    void refresh() {
        List<ServiceListItem> services = catalog.services(filters.value());
        if (attention.getValue()) {
            services = services.stream()
                    .filter(s -> s.anyNearlyFull() || s.anyWorthReclaiming())
                    .toList();
        }
        grid.setItems(services);
        listed = services;
        count.refresh();
        if (shownService != null) {
            services.stream().filter(s -> s.id() == shownService).findFirst().ifPresent(this::selectQuietly);
        }
    }

    private void showService(long serviceId, @Nullable Long productId) {
        panel.show(catalog.service(serviceId));
        panel.setVisible(true);
        // the list keeps its columns with a service open (it scrolls sideways, the name frozen), so the figures stay
        // comparable while one is read
        shownService = serviceId;
        grid.getListDataView()
                .getItems()
                .filter(s -> s.id() == serviceId)
                .findFirst()
                .ifPresent(this::selectQuietly);
        panel.select(productId);
        updateUrl(serviceId, productId);
    }

    private void productSelected(@Nullable Long productId) {
        if (shownService != null) {
            updateUrl(shownService, productId);
        }
    }

    private void selectQuietly(ServiceListItem item) {
        routing = true;
        try {
            grid.select(item);
        } finally {
            routing = false;
        }
    }

    private void updateUrl(long serviceId, @Nullable Long productId) {
        path = "services/" + serviceId + (productId == null ? "" : "/" + productId);
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location(path, filters.toQueryParameters())));
    }

    private void filtersChanged() {
        url.changed(this);
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
