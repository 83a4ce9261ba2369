package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.security.ApiClientListItem;
import io.portalops.security.ApiClientService;
import io.portalops.security.IssuedApiKey;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Admin screen: API clients for event producers. A key is shown once, right after it is created or rotated.
 */
@Route("admin/api-clients")
@PageTitle("API clients")
@Menu(order = 92, icon = "vaadin:key", title = "API clients")
@RolesAllowed(Role.ADMIN_NAME)
public class ApiClientsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<ApiClientListItem> grid = new Grid<>(ApiClientListItem.class, false);
    final TextField name = new TextField();
    final Button create = new Button("Create client", VaadinIcon.PLUS.create());
    /** events:write for a producer, metrics:read for a Prometheus scraper (docs/ops/observability.md) */
    final Select<String> scope = new Select<>();

    private final ApiClientService clients;

    ApiClientsView(ApiClientService clients) {
        this.clients = clients;
        setSizeFull();
        name.setPlaceholder("Producer name, e.g. billing-system");
        name.setWidth("20rem");
        scope.setItems("events:write", "metrics:read");
        scope.setValue("events:write");
        scope.setAriaLabel("Scope");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                IssuedApiKey issued = clients.create(name.getValue(), Set.of(scope.getValue()));
                name.clear();
                name.setInvalid(false);
                showKey(issued);
                refresh();
            } catch (InvalidInputException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
        });
        grid.addColumn(ApiClientListItem::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(ApiClientListItem::keyPrefix).setHeader("Key").setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.scopes())).setHeader("Scopes").setAutoWidth(true);
        grid.addColumn(c -> c.enabled() ? "Enabled" : "Disabled")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(c -> WHEN.format(c.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(c -> c.rotatedAt() == null ? "" : WHEN.format(c.rotatedAt()))
                .setHeader("Rotated")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        add(
                new Paragraph("Producers send events to POST /api/events with their key in the X-API-Key header. "
                        + "Keys are stored only as a hash: copy a new key when it is shown."),
                new HorizontalLayout(name, scope, create),
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(clients.list());
    }

    private HorizontalLayout actions(ApiClientListItem client) {
        Button rotate = new Button("Rotate key", click -> confirmRotate(client));
        rotate.setAriaLabel("Rotate the key of " + client.name());
        Button toggle = new Button(client.enabled() ? "Disable" : "Enable", click -> toggle(client));
        toggle.setAriaLabel((client.enabled() ? "Disable " : "Enable ") + client.name());
        rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addThemeVariants(
                ButtonVariant.LUMO_TERTIARY, client.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return new HorizontalLayout(rotate, toggle);
    }

    /** Rotating ends the old key at once, so a producer still using it is refused until it has the new one: ask first. */
    void confirmRotate(ApiClientListItem client) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Rotate the key of " + client.name() + "?");
        confirm.setText("The current key (" + client.keyPrefix() + ") stops working at once; " + client.name()
                + " is refused until it sends the new key, which is shown once.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Rotate key");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            showKey(clients.rotate(client.id()));
            refresh();
        });
        confirm.open();
    }

    /** Disabling refuses the producer from then on, so it is confirmed first; enabling again is not. */
    void toggle(ApiClientListItem client) {
        if (client.enabled()) {
            confirmDisable(client);
        } else {
            setEnabled(client, true);
        }
    }

    private void confirmDisable(ApiClientListItem client) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Disable " + client.name() + "?");
        confirm.setText(
                "Its key is refused from now on, until the client is enabled again. Events it sends meanwhile are not stored.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Disable");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> setEnabled(client, false));
        confirm.open();
    }

    private void setEnabled(ApiClientListItem client, boolean enabled) {
        clients.setEnabled(client.id(), enabled);
        Notifications.success(client.name() + (enabled ? " enabled" : " disabled"));
        refresh();
    }

    private void showKey(IssuedApiKey issued) {
        Dialog dialog = new Dialog();
        dialog.addClassName("issued-key");
        dialog.setHeaderTitle("Key of " + issued.client().name());
        TextField key = new TextField("Copy it now: it will not be shown again");
        key.setValue(issued.key());
        key.setReadOnly(true);
        key.setWidthFull();
        dialog.add(key);
        dialog.getFooter().add(new Button("Done", click -> dialog.close()));
        dialog.setWidth("36rem");
        dialog.open();
    }
}
