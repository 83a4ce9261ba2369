package io.portalops.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceDetails;
import io.portalops.inventory.ServiceForm;
import io.portalops.inventory.ServiceStatus;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Creates a service (ADMIN) or edits one (ADMIN or its service admin). */
class ServiceFormDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField vendor = new TextField("Vendor");
    final TextField category = new TextField("Category");
    final TextField website = new TextField("Website");
    final ComboBox<ServiceStatus> status = new ComboBox<>("Status");
    final TextArea description = new TextArea("Description");
    final Button save = new Button("Save");
    private final SaasCatalog catalog;
    // each field bound under the name of the ServiceForm component it fills, so that a service error about a property
    // lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<ServiceForm> binder = new Binder<>(ServiceForm.class);
    private final @Nullable ServiceDetails current;
    private final Consumer<ServiceDetails> onSaved;

    ServiceFormDialog(SaasCatalog catalog, @Nullable ServiceDetails current, Consumer<ServiceDetails> onSaved) {
        this.catalog = catalog;
        this.current = current;
        this.onSaved = onSaved;
        setHeaderTitle(current == null ? "New service" : "Edit " + current.name());
        status.setItems(ServiceStatus.values());
        status.setItemLabelGenerator(ServiceStatus::label);
        website.setPlaceholder("https://…");
        FormConstraints.apply(name, ServiceForm.class, "name");
        FormConstraints.apply(vendor, ServiceForm.class, "vendor");
        FormConstraints.apply(category, ServiceForm.class, "category");
        FormConstraints.apply(website, ServiceForm.class, "website");
        FormConstraints.apply(description, ServiceForm.class, "description");
        binder.forField(name).bind("name");
        binder.forField(vendor).bind("vendor");
        binder.forField(category).bind("category");
        binder.forField(website).bind("website");
        binder.forField(status).bind("status");
        binder.forField(description).bind("description");
        if (current == null) {
            status.setValue(ServiceStatus.EVALUATING);
        } else {
            name.setValue(current.name());
            vendor.setValue(current.vendor());
            category.setValue(current.category());
            website.setValue(current.website() == null ? "" : current.website());
            status.setValue(current.status());
            description.setValue(current.description() == null ? "" : current.description());
        }
        FormLayout form = new FormLayout(name, vendor, category, status, website, description);
        form.setColspan(website, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        setWidth("min(40rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save() {
        ServiceForm form = new ServiceForm(
                name.getValue(),
                vendor.getValue(),
                category.getValue(),
                website.getValue(),
                status.getValue(),
                description.getValue(),
                current == null ? null : current.version());
        FieldErrors.attempt(
                        () -> current == null ? catalog.createService(form) : catalog.updateService(current.id(), form),
                        FieldErrors.on(binder))
                .ifPresent(saved -> {
                    Notifications.success("Saved " + saved.name());
                    close();
                    onSaved.accept(saved);
                });
    }
}
