package io.portalops.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.audit.ui.HistoryDialog;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.inventory.ProductExport;
import io.portalops.inventory.ProductFilter;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceDetails;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.RowCountLabel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The selected service: its facts and admins, its products with utilisation bars (highlighted at 90 % and with unused
 * seats), and under the selected product the people holding access.
 */
class ServicePanel extends VerticalLayout {

    final H2 title = new H2();
    final Span status = new Span();
    final Span facts = new Span();
    final Span admins = new Span();
    final Paragraph description = new Paragraph();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button assignAdmins = new Button("Service admins", VaadinIcon.USERS.create());
    final Button addProduct = new Button("Add product", VaadinIcon.PLUS.create());
    final Button history = new Button("History", VaadinIcon.TIME_BACKWARD.create());
    final Grid<ProductListItem> products = new Grid<>(ProductListItem.class, false);
    final ProductPanel product;
    /** Exact: a service's products are listed whole. */
    final RowCountLabel productCount = new RowCountLabel(
            () -> RowCount.exact(
                    this.current == null ? 0 : this.current.products().size()),
            "product",
            "products");

    private final SaasCatalog catalog;
    private final Consumer<ServiceDetails> onChanged;
    private final Consumer<@Nullable Long> onProductSelected;
    private ServiceDetails current;

    ServicePanel(
            SaasCatalog catalog,
            CurrentUserProvider currentUser,
            Optional<ProductAccessSection> access,
            Consumer<ServiceDetails> onChanged,
            Consumer<@Nullable Long> onProductSelected,
            ProductExport export,
            Exports exports,
            List<String> currencies) {
        this.catalog = catalog;
        this.onChanged = onChanged;
        this.onProductSelected = onProductSelected;
        addClassName("service-panel");
        setSizeFull();
        product = new ProductPanel(catalog, access, currencies, changed -> reload());
        for (Button button : List.of(edit, assignAdmins, addProduct, history)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        assignAdmins.setVisible(currentUser.require().has(Role.ADMIN));
        edit.addClickListener(click -> new ServiceFormDialog(catalog, current, this::changed).open());
        assignAdmins.addClickListener(click -> new AdminsDialog(
                        "Admins of " + current.name(),
                        Role.SERVICE_ADMIN.label(),
                        catalog.assignableAdmins(Role.SERVICE_ADMIN),
                        current.admins(),
                        ids -> changed(catalog.assignServiceAdmins(current.id(), ids)))
                .open());
        addProduct.addClickListener(click -> new ProductFormDialog(catalog, current.id(), null, currencies, created -> {
                    reload();
                    select(created.product().id());
                })
                .open());
        history.addClickListener(click ->
                new HistoryDialog("History of " + current.name(), () -> catalog.serviceHistory(current.id())).open());

        products.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        products.addColumn(ProductListItem::name)
                .setHeader("Product")
                .setWidth("11rem")
                .setFlexGrow(1);
        products.addComponentColumn(p -> p.perSeat()
                        ? new UtilisationBar(p.seatsAssigned(), p.seatsPurchased(), p.nearlyFull())
                        : new Span(p.licenceModel().label() + " licence"))
                .setHeader("Seats used")
                .setWidth("10.5rem")
                .setFlexGrow(0);
        products.addColumn(p -> p.monthlyCost().formatWhole())
                .setHeader("Per month")
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        products.addColumn(p -> p.hasUnusedSeats() ? p.unusedMonthly().formatWhole() : "")
                .setHeader("Unused")
                .setWidth("7rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        products.setPartNameGenerator(
                p -> p.nearlyFull() ? "nearly-full" : p.worthReclaiming() ? "unused-seats" : null);
        products.setAllRowsVisible(true);
        products.getColumns()
                .getLast()
                .setTooltipGenerator(p -> p.hasUnusedSeats() ? p.unusedSeats() + " unused seats a month" : null);
        products.addSelectionListener(selection -> {
            Optional<ProductListItem> chosen = selection.getFirstSelectedItem();
            chosen.ifPresentOrElse(p -> product.show(catalog.product(p.id())), () -> product.removeAll());
            onProductSelected.accept(chosen.map(ProductListItem::id).orElse(null));
        });

        HorizontalLayout actions = new HorizontalLayout(
                edit,
                assignAdmins,
                addProduct,
                history,
                new ExportMenu(exports, export, () -> export.query(new ProductFilter(current.id(), null, false))));
        actions.setWrap(true);
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.addClassName("meta");
        admins.addClassName("meta");
        Span legend = new Span(
                "Red: 90 % of the seats or more are used. Amber: a quarter or more of the paid seats are unused, money to reclaim.");
        legend.addClassName("meta");
        GridToolbar toolbar = new GridToolbar();
        toolbar.addStart(productCount);
        add(heading, facts, admins, description, actions, toolbar, products, legend, product);
    }

    void show(ServiceDetails service) {
        this.current = service;
        title.setText(service.name());
        status.removeAll();
        status.add(ServiceBadges.status(service.status()));
        facts.removeAll();
        facts.add(new Span(service.vendor() + " · " + service.category()));
        if (service.website() != null) {
            Anchor link = new Anchor(service.website(), service.website());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new Span(" · "), link);
        }
        admins.setText("Service admins: "
                + (service.admins().isEmpty()
                        ? "none"
                        : service.admins().stream()
                                .map(AccountSummary::displayName)
                                .collect(Collectors.joining(", "))));
        description.setText(service.description() == null ? "" : service.description());
        edit.setVisible(service.editable());
        addProduct.setVisible(service.mayAddProducts());
        products.setItems(service.products());
        productCount.refresh();
        product.removeAll();
    }

    void select(@Nullable Long productId) {
        if (productId == null) {
            products.deselectAll();
            return;
        }
        current.products().stream().filter(p -> p.id() == productId).findFirst().ifPresent(products::select);
    }

    private void reload() {
        Long selected = products.getSelectedItems().stream()
                .findFirst()
                .map(ProductListItem::id)
                .orElse(null);
        ServiceDetails fresh = catalog.service(current.id());
        show(fresh);
        select(selected);
        onChanged.accept(fresh);
    }

    private void changed(ServiceDetails service) {
        show(service);
        onChanged.accept(service);
    }
}
