package io.portalops.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductDetails;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Money;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adds a product to a service or edits one (ADMIN or the service's admin). */
class ProductFormDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<LicenceModel> licenceModel = new ComboBox<>("Licence model");
    final IntegerField seatsPurchased = new IntegerField("Seats purchased");
    final BigDecimalField cost = new BigDecimalField("Cost");
    final ComboBox<String> currency = new ComboBox<>("Currency");
    final ComboBox<BillingCycle> billingCycle = new ComboBox<>("Billing cycle");
    final Button save = new Button("Save");
    private final SaasCatalog catalog;
    // each field bound under the name of the ProductForm component it fills, so that a service error about a property
    // lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<ProductForm> binder = new Binder<>(ProductForm.class);
    private final long serviceId;
    private final @Nullable ProductDetails current;
    private final Consumer<ProductDetails> onSaved;

    ProductFormDialog(
            SaasCatalog catalog,
            long serviceId,
            @Nullable ProductDetails current,
            List<String> currencies,
            Consumer<ProductDetails> onSaved) {
        this.catalog = catalog;
        this.serviceId = serviceId;
        this.current = current;
        this.onSaved = onSaved;
        setHeaderTitle(
                current == null ? "New product" : "Edit " + current.product().name());
        licenceModel.setItems(LicenceModel.values());
        licenceModel.setItemLabelGenerator(LicenceModel::label);
        billingCycle.setItems(BillingCycle.values());
        billingCycle.setItemLabelGenerator(BillingCycle::label);
        currency.setItems(currencies);
        FormConstraints.apply(seatsPurchased, ProductForm.class, "seatsPurchased");
        FormConstraints.apply(name, ProductForm.class, "name");
        binder.forField(name).bind("name");
        binder.forField(licenceModel).bind("licenceModel");
        binder.forField(seatsPurchased).bind("seatsPurchased");
        // the cost is an amount and a currency in ProductForm, two fields here: the amount's field stands for it
        // the minimum as the binding's validator: the binding clears the field's invalid state on every change
        binder.forField(cost)
                .withValidator(
                        amount -> amount == null || amount.compareTo(ProductForm.MIN_COST) >= 0,
                        ProductForm.NEGATIVE_COST)
                .withConverter(
                        amount -> amount == null || currency.getValue() == null
                                ? null
                                : new Money(amount, currency.getValue()),
                        money -> money == null ? null : money.amount(),
                        "Enter the cost and its currency.")
                .bind("cost");
        binder.forField(billingCycle).bind("billingCycle");
        seatsPurchased.setStepButtonsVisible(true);
        licenceModel.addValueChangeListener(change -> describeCost());
        if (current == null) {
            licenceModel.setValue(LicenceModel.PER_SEAT);
            billingCycle.setValue(BillingCycle.MONTHLY);
            currency.setValue("EUR");
            seatsPurchased.setValue(0);
        } else {
            var p = current.product();
            name.setValue(p.name());
            licenceModel.setValue(p.licenceModel());
            seatsPurchased.setValue(p.seatsPurchased());
            cost.setValue(p.cost().amount());
            currency.setValue(p.cost().currency());
            billingCycle.setValue(p.billingCycle());
        }
        FormLayout form = new FormLayout(name, licenceModel, seatsPurchased, cost, currency, billingCycle);
        form.setColspan(name, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        setWidth("min(36rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void describeCost() {
        boolean perSeat = licenceModel.getValue() == LicenceModel.PER_SEAT;
        cost.setHelperText((perSeat ? "Per seat and billing cycle, " : "Per billing cycle, ")
                + FormConstraints.atLeast(ProductForm.MIN_COST));
        seatsPurchased.setHelperText(
                perSeat ? "Granting beyond this is refused" : "Not limited for this licence model");
    }

    private void save() {
        if (cost.getValue() == null || currency.getValue() == null) {
            showError(cost.getValue() == null ? "cost" : "currency", "Enter the cost and its currency.");
            return;
        }
        ProductForm form;
        try {
            form = new ProductForm(
                    name.getValue(),
                    licenceModel.getValue(),
                    seatsPurchased.getValue() == null ? 0 : seatsPurchased.getValue(),
                    new Money(cost.getValue(), currency.getValue()),
                    billingCycle.getValue(),
                    current == null ? null : current.version());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::showError);
            return;
        }
        FieldErrors.attempt(
                        () -> current == null
                                ? catalog.createProduct(serviceId, form)
                                : catalog.updateProduct(current.product().id(), form),
                        this::showError)
                .ifPresent(saved -> {
                    Notifications.success("Saved " + saved.product().name());
                    close();
                    onSaved.accept(saved);
                });
    }

    void showError(String property, String message) {
        // the currency is part of the cost in ProductForm, but has a field of its own here
        if (property.equals("currency")) {
            FieldErrors.show(currency, message);
        } else {
            FieldErrors.on(binder).accept(property, message);
        }
    }
}
