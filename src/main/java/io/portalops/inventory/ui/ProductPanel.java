package io.portalops.inventory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.audit.ui.HistoryDialog;
import io.portalops.inventory.ProductDetails;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The selected product: its figures, admins, actions, and the people holding access (from the directory). */
class ProductPanel extends VerticalLayout {

    final H3 title = new H3();
    final Span facts = new Span();
    final Span admins = new Span();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button assignAdmins = new Button("Product admins", VaadinIcon.USERS.create());
    final Button history = new Button("History", VaadinIcon.TIME_BACKWARD.create());
    private final SaasCatalog catalog;
    private final Optional<ProductAccessSection> access;
    private final Consumer<ProductDetails> onChanged;
    private ProductDetails current;

    ProductPanel(
            SaasCatalog catalog,
            Optional<ProductAccessSection> access,
            List<String> currencies,
            Consumer<ProductDetails> onChanged) {
        this.catalog = catalog;
        this.access = access;
        this.onChanged = onChanged;
        addClassName("product-panel");
        setPadding(false);
        for (Button button : List.of(edit, assignAdmins, history)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        edit.addClickListener(click -> new ProductFormDialog(
                        catalog, current.product().serviceId(), current, currencies, this::changed)
                .open());
        assignAdmins.addClickListener(click -> new AdminsDialog(
                        "Admins of " + current.product().name(),
                        Role.PRODUCT_ADMIN.label(),
                        catalog.assignableAdmins(Role.PRODUCT_ADMIN),
                        current.admins(),
                        ids -> changed(
                                catalog.assignProductAdmins(current.product().id(), ids)))
                .open());
        history.addClickListener(click -> new HistoryDialog(
                        "History of " + current.product().name(),
                        () -> catalog.productHistory(current.product().id()))
                .open());
    }

    void show(ProductDetails product) {
        this.current = product;
        removeAll();
        ProductListItem p = product.product();
        title.setText(p.name());
        facts.setText(p.licenceModel().label() + " · " + p.cost().format() + (p.perSeat() ? " per seat" : "") + " · "
                + p.billingCycle().label().toLowerCase() + " · "
                + p.monthlyCost().format() + " a month"
                + (p.hasUnusedSeats()
                        ? " · " + p.unusedSeats() + " unused seats = "
                                + p.unusedMonthly().format() + " a month to reclaim"
                        : ""));
        facts.addClassName("meta");
        admins.setText("Product admins: "
                + (product.admins().isEmpty()
                        ? "none"
                        : product.admins().stream()
                                .map(AccountSummary::displayName)
                                .collect(Collectors.joining(", "))));
        admins.addClassName("meta");
        edit.setVisible(product.editable());
        assignAdmins.setVisible(product.mayAssignAdmins());
        UtilisationBar seats = new UtilisationBar(p.seatsAssigned(), p.seatsPurchased(), p.nearlyFull());
        seats.setWidth("12rem");
        seats.setVisible(p.perSeat());
        HorizontalLayout heading = new HorizontalLayout(title, seats, edit, assignAdmins, history);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setWrap(true);
        add(heading, facts, admins);
        access.ifPresent(section -> {
            Component holders = section.create(p.id());
            add(holders);
            setFlexGrow(1, holders);
        });
    }

    private void changed(ProductDetails product) {
        show(product);
        onChanged.accept(product);
    }
}
