package io.portalops.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.workflow.AccessProfileItem;
import io.portalops.workflow.AccessProfiles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Which products a department, or a title within it, gets when someone joins: the source of onboarding tasks. */
@Route("admin/access-profiles")
@PageTitle("Access profiles")
@Menu(order = 94, icon = "vaadin:clipboard-user", title = "Access profiles")
@RolesAllowed("ADMIN")
public class AccessProfilesView extends VerticalLayout {

    final Grid<AccessProfileItem> grid = new Grid<>(AccessProfileItem.class, false);
    final Button create = new Button("New profile", VaadinIcon.PLUS.create());
    private final AccessProfiles profiles;
    private final List<ProductRef> products;

    AccessProfilesView(AccessProfiles profiles, SaasCatalog catalog) {
        this.profiles = profiles;
        this.products = catalog.grantableProducts();
        addClassName("access-profiles-view");
        setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new AccessProfileDialog(profiles, products, null, this::reload).open());
        HorizontalLayout heading = new HorizontalLayout(new H2("Access profiles"), create);
        heading.setAlignItems(Alignment.BASELINE);
        grid.addColumn(AccessProfileItem::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(AccessProfileItem::department).setHeader("Department").setFlexGrow(1);
        grid.addColumn(p -> p.title() == null ? "Everyone" : p.title())
                .setHeader("Title")
                .setFlexGrow(1);
        grid.addColumn(AccessProfileItem::productLabels)
                .setHeader("Products")
                .setFlexGrow(3)
                .setTooltipGenerator(AccessProfileItem::productLabels);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText("No profiles yet: people who join get no onboarding tasks.");
        grid.addItemClickListener(
                click -> new AccessProfileDialog(profiles, products, click.getItem(), this::reload).open());
        add(
                heading,
                new Paragraph(
                        "A person starting gets the products of every profile matching their department, and their "
                                + "title where a profile names one. Changes apply to onboardings generated from now on."),
                grid);
        reload();
    }

    private void reload() {
        grid.setItems(profiles.list());
    }
}
