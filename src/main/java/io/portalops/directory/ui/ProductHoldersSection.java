package io.portalops.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.PersonService;
import io.portalops.directory.ProductHolder;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ui.ProductAccessSection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The people holding active access to a product, placed by the Services view under the selected product: name (a
 * link to the person page), department, role or tier and when it was granted; and "Grant access" for a user who
 * grants this product. Rows load page by page, as a product may have hundreds of holders.
 */
@org.springframework.stereotype.Component
class ProductHoldersSection implements ProductAccessSection {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final AccessGrantService grants;
    private final PersonService people;
    private final SaasCatalog catalog;

    ProductHoldersSection(AccessGrantService grants, PersonService people, SaasCatalog catalog) {
        this.grants = grants;
        this.people = people;
        this.catalog = catalog;
    }

    @Override
    public Component create(long productId) {
        if (catalog.refs(Set.of(productId)).isEmpty()) {
            // outside the user's scope: nothing to show, and nothing that tells whether it exists
            return new Span();
        }
        Grid<ProductHolder> grid = new Grid<>(ProductHolder.class, false);
        grid.addClassName("product-holders");
        grid.addComponentColumn(h -> new RouterLink(h.name(), PersonView.class, Long.toString(h.personId())))
                .setHeader("Name")
                .setFlexGrow(2);
        grid.addColumn(h -> h.department() == null ? "" : h.department())
                .setHeader("Department")
                .setFlexGrow(1);
        grid.addColumn(h -> h.role() == null ? "" : h.role())
                .setHeader("Role or tier")
                .setFlexGrow(1);
        grid.addColumn(h -> h.grantedAt() == null ? "" : DAY.format(h.grantedAt()))
                .setHeader("Granted")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(h -> h.lastUsedAt() == null ? "never seen" : DAY.format(h.lastUsedAt()))
                .setHeader("Last used")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No one has access yet.");
        grid.setPageSize(50);
        TextField search = new TextField();
        search.setPlaceholder("Search name or department");
        search.setAriaLabel("Search people with access");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setWidthFull();
        H4 title = new H4();
        Runnable count = () -> {
            long holders = grants.holderCount(productId, search.getValue());
            title.setText("People with access (" + holders + (search.getValue().isBlank() ? "" : " matching") + ")");
        };
        grid.setItems(query ->
                grants.holders(productId, search.getValue(), query.getOffset(), query.getLimit()).items().stream());
        search.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            count.run();
        });
        count.run();
        grid.setHeight("24rem");

        ProductRef product = catalog.grantableProducts().stream()
                .filter(p -> p.id() == productId)
                .findFirst()
                .orElse(null);
        Button grant = new Button("Grant access", VaadinIcon.PLUS.create());
        grant.addClassName("grant-access");
        grant.addThemeVariants(ButtonVariant.LUMO_SMALL);
        grant.setVisible(product != null);
        grant.addClickListener(click -> new GrantDialog(grants, people, List.of(), null, product, saved -> {
                    grid.getDataProvider().refreshAll();
                    count.run();
                })
                .open());
        // the usage module's page (seat use, idle seats, reclaim); by route, as the directory does not depend on it
        Anchor usage = new Anchor("usage/products/" + productId, "Seat usage and reclaim");
        usage.addClassName("product-usage-link");
        HorizontalLayout top = new HorizontalLayout(title, usage, grant);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(title);
        VerticalLayout section = new VerticalLayout(top, search, grid);
        section.addClassName("product-access-section");
        section.setPadding(false);
        return section;
    }
}
