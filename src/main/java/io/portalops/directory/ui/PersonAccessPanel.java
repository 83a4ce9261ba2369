package io.portalops.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.ui.BulkMenu;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantFilter;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.directory.PersonService;
import io.portalops.inventory.ProductRef;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.ui.HistoryGrid;
import io.portalops.shared.ui.Notifications;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.RowCountLabel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's access: the grants of the products the user sees, open ones first. Each row opens its history; the user
 * activates, revokes and grants within their scope (the service checks the same scope again).
 */
class PersonAccessPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    final Grid<GrantListItem> grid = new Grid<>(GrantListItem.class, false);
    final Button grant = new Button("Grant access", VaadinIcon.PLUS.create());
    final BulkMenu<GrantListItem> bulk;
    private final AccessGrantService grants;
    private final PersonDetails person;
    private List<GrantListItem> listed = List.of();
    /** Exact: one person's grants are listed whole. */
    final RowCountLabel count = new RowCountLabel(() -> RowCount.exact(this.listed.size()), "grant", "grants");

    PersonAccessPanel(
            AccessGrantService grants,
            PersonService people,
            List<ProductRef> grantable,
            PersonDetails person,
            BulkActions bulkActions) {
        this.grants = grants;
        this.person = person;
        addClassName("person-access");
        setPadding(false);
        setSizeFull();
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setVisible(!grantable.isEmpty() && person.status() != EmploymentStatus.LEFT);
        grant.addClickListener(click -> new GrantDialog(
                        grants,
                        people,
                        grantable,
                        new PersonOption(person.id(), person.name()),
                        null,
                        saved -> refresh())
                .open());
        Paragraph hint = new Paragraph(
                "Access to the products you manage. History shows who requested, granted and revoked it.");
        hint.addClassName("hint");
        HorizontalLayout top = new HorizontalLayout(hint, grant);
        top.setWidthFull();
        top.setAlignItems(Alignment.BASELINE);
        top.expand(hint);

        grid.addColumn(GrantListItem::productLabel)
                .setHeader("Product")
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(g -> g.role() == null ? "" : g.role())
                .setHeader("Role or tier")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(g -> DirectoryBadges.grant(g.status()))
                .setHeader("Status")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(g -> when(g.grantedAt(), g.grantedBy()))
                .setHeader("Granted")
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(g -> g.status() == GrantStatus.REQUESTED
                        ? "Requested " + when(g.requestedAt(), g.requestedBy())
                        : when(g.revokedAt(), g.revokedBy()))
                .setHeader("Requested / revoked")
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(g -> g.lastUsedAt() == null ? "never seen" : DAY.format(g.lastUsedAt()))
                .setHeader("Last used")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(g -> g.note() == null ? "" : g.note())
                .setHeader("Note")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("10rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::history));
        grid.setDetailsVisibleOnClick(false);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No access to the products you see.");
        grid.addClassName("person-grants");
        grid.setSizeFull();
        // "all matching" is the person's grants in the caller's scope, resolved again on the server (ADR 044)
        bulk = new BulkMenu<>(
                bulkActions,
                "grants",
                grid,
                GrantListItem::id,
                () -> new GrantFilter(person.id(), null, null).parameters(),
                () -> RowCount.exact(listed.size()),
                "grants",
                this::refresh);
        GridToolbar toolbar = new GridToolbar();
        toolbar.addStart(count);
        toolbar.addEnd(bulk);
        add(top, toolbar, grid);
        refresh();
    }

    void refresh() {
        listed = grants.ofPerson(person.id());
        grid.setItems(listed);
        count.refresh();
        bulk.reset();
    }

    private Component actions(GrantListItem g) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        Button history = new Button("History", click -> grid.setDetailsVisible(g, !grid.isDetailsVisible(g)));
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        history.addClassName("history");
        buttons.add(history);
        if (g.changeable() && g.status() == GrantStatus.REQUESTED) {
            Button activate = new Button("Activate", click -> activate(g));
            activate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            activate.addClassName("activate");
            buttons.add(activate);
        }
        if (g.changeable()) {
            Button revoke = new Button("Revoke", click -> new RevokeDialog(grants, g, revoked -> refresh()).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.addClassName("revoke");
            buttons.add(revoke);
        }
        return buttons;
    }

    private void activate(GrantListItem g) {
        try {
            grants.activate(g.id());
            Notifications.success("Access to " + g.productLabel() + " is active");
        } catch (RuleViolationException | NotFoundException | StaleDataException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    /** The history shown under a grant's row. */
    Component history(GrantListItem g) {
        HistoryGrid history = new HistoryGrid();
        history.addClassName("grant-history");
        history.setAllRowsVisible(true);
        history.show(grants.history(g.id()).stream()
                .map(c -> new HistoryGrid.Change(
                        c.at(),
                        c.actor(),
                        c.kind(),
                        c.fields().stream()
                                .map(f -> new HistoryGrid.Field(f.field(), f.oldValue(), f.newValue()))
                                .toList()))
                .toList());
        return history;
    }

    private static String when(@Nullable Instant at, @Nullable String by) {
        if (at == null) {
            return "";
        }
        return DAY.format(at) + (by == null ? "" : " · " + by);
    }
}
