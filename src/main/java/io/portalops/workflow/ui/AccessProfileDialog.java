package io.portalops.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.portalops.inventory.ProductRef;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import io.portalops.workflow.AccessProfileForm;
import io.portalops.workflow.AccessProfileItem;
import io.portalops.workflow.AccessProfiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates or edits an access profile; an existing one can also be deleted here. */
class AccessProfileDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField department = new TextField("Department");
    final TextField title = new TextField("Title (optional: empty for the whole department)");
    final MultiSelectComboBox<ProductRef> products = new MultiSelectComboBox<>("Products");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    // each field bound under the name of the AccessProfileForm component it fills, so that a service error about a
    // property
    // lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<AccessProfileForm> binder = new Binder<>(AccessProfileForm.class);

    AccessProfileDialog(
            AccessProfiles profiles,
            List<ProductRef> catalog,
            @Nullable AccessProfileItem existing,
            Runnable onChange) {
        setHeaderTitle(existing == null ? "New access profile" : "Edit " + existing.name());
        addClassName("access-profile-dialog");
        setWidth("min(36rem, 95vw)");
        products.setItems(catalog);
        products.setItemLabelGenerator(ProductRef::label);
        products.setWidthFull();
        for (TextField field : List.of(name, department, title)) {
            field.setWidthFull();
        }
        FormConstraints.apply(name, AccessProfileForm.class, "name");
        FormConstraints.apply(department, AccessProfileForm.class, "department");
        FormConstraints.apply(title, AccessProfileForm.class, "title");
        binder.forField(name).bind("name");
        binder.forField(department).bind("department");
        binder.forField(title).bind("title");
        binder.forField(products)
                .withConverter(
                        chosen -> chosen.stream().map(ProductRef::id).collect(Collectors.toSet()),
                        ids -> catalog.stream()
                                .filter(p -> ids.contains(p.id()))
                                .collect(Collectors.toSet()))
                .bind("productIds");
        if (existing != null) {
            name.setValue(existing.name());
            department.setValue(existing.department());
            title.setValue(existing.title() == null ? "" : existing.title());
            Set<Long> chosen = existing.products().stream().map(ProductRef::id).collect(Collectors.toSet());
            products.select(
                    catalog.stream().filter(p -> chosen.contains(p.id())).toList());
        }
        FormLayout form = new FormLayout(name, department, title, products);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            AccessProfileForm value = new AccessProfileForm(
                    name.getValue(),
                    department.getValue(),
                    title.getValue(),
                    products.getSelectedItems().stream().map(ProductRef::id).collect(Collectors.toSet()),
                    existing == null ? null : existing.version());
            try {
                FieldErrors.attempt(
                                () -> existing == null ? profiles.create(value) : profiles.update(existing.id(), value),
                                FieldErrors.on(binder))
                        .ifPresent(saved -> {
                            Notifications.success("Profile " + saved.name() + " saved");
                            close();
                            onChange.run();
                        });
            } catch (RuleViolationException | NotFoundException e) {
                Notifications.error(e.getMessage());
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(existing != null);
        delete.addClickListener(click -> {
            try {
                profiles.delete(existing.id());
                Notifications.success("Profile " + existing.name() + " deleted");
            } catch (NotFoundException e) {
                Notifications.error(e.getMessage());
            }
            close();
            onChange.run();
        });
        getFooter().add(delete, new Button("Cancel", click -> close()), save);
    }
}
