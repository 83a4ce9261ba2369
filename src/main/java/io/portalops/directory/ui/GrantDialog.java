package io.portalops.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonService;
import io.portalops.inventory.ProductRef;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.Violations;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.ItemIds;
import io.portalops.shared.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Gives a person access to a product: from the person page (the person fixed, the product chosen among those the user
 * grants) or from a product (the product fixed, the person searched). Active at once takes a seat; a full per-seat
 * product refuses, and the answer shows on the product.
 */
class GrantDialog extends Dialog {

    final ComboBox<ProductRef> product = new ComboBox<>("Product");
    final ComboBox<PersonOption> person = new ComboBox<>("Person");
    final TextField role = new TextField("Role or tier");
    final RadioButtonGroup<GrantStatus> status = new RadioButtonGroup<>("Status");
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Grant access");

    private final AccessGrantService grants;
    // each field bound under the name of the GrantRequest component it fills, so that a service error about a property
    // lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<GrantRequest> binder = new Binder<>(GrantRequest.class);
    private final Consumer<GrantListItem> onSaved;

    GrantDialog(
            AccessGrantService grants,
            PersonService people,
            List<ProductRef> products,
            @Nullable PersonOption fixedPerson,
            @Nullable ProductRef fixedProduct,
            Consumer<GrantListItem> onSaved) {
        this.grants = grants;
        this.onSaved = onSaved;
        addClassName("grant-dialog");
        setHeaderTitle(
                fixedPerson != null
                        ? "Grant access to " + fixedPerson.label()
                        : "Grant access to " + fixedProduct.label());
        product.setItems(fixedProduct != null ? List.of(fixedProduct) : products);
        product.setItemLabelGenerator(ProductRef::label);
        product.setValue(fixedProduct);
        product.setReadOnly(fixedProduct != null);
        product.setRequired(true);
        PersonOption.lazilySearch(person, people);
        person.setValue(fixedPerson);
        person.setReadOnly(fixedPerson != null);
        person.setRequired(true);
        person.setHelperText(fixedPerson == null ? "Type to search by name" : null);
        status.setItems(GrantStatus.ACTIVE, GrantStatus.REQUESTED);
        status.setItemLabelGenerator(
                s -> s == GrantStatus.ACTIVE ? "Active now (takes a seat)" : "Requested (no seat until activated)");
        status.setValue(GrantStatus.ACTIVE);
        FormConstraints.apply(role, GrantRequest.class, "role");
        role.setPlaceholder("e.g. Editor, Enterprise");
        FormConstraints.apply(note, GrantRequest.class, "note");
        binder.forField(product)
                .withConverter(ItemIds.of(product, ProductRef::id))
                .bind("productId");
        binder.forField(person)
                .withConverter(ItemIds.of(person, PersonOption::id))
                .bind("personId");
        binder.forField(role).bind("role");
        binder.forField(note).bind("note");
        binder.forField(status).bind("status");

        FormLayout form = new FormLayout(product, person, role, status, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("min(32rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save() {
        if (product.getValue() == null) {
            FieldErrors.show(product, "Choose a product");
            return;
        }
        if (person.getValue() == null) {
            FieldErrors.show(person, "Choose a person");
            return;
        }
        try {
            GrantListItem saved = grants.create(new GrantRequest(
                    person.getValue().id(),
                    product.getValue().id(),
                    role.getValue(),
                    status.getValue(),
                    note.getValue()));
            Notifications.success(saved.personName() + ": "
                    + saved.status().label().toLowerCase() + " access to " + saved.productLabel());
            close();
            onSaved.accept(saved);
        } catch (RuleViolationException | NotFoundException e) {
            FieldErrors.show(product, e.getMessage());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::showError);
        } catch (ConstraintViolationException e) {
            Violations.forEach(e, this::showError);
        }
    }

    void showError(String property, String message) {
        FieldErrors.on(binder).accept(property, message);
    }
}
