package io.portalops.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.customer.CustomerOption;
import io.portalops.customer.CustomerService;
import io.portalops.customer.ui.CustomerPicker;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.ItemIds;
import io.portalops.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates a draft contract or edits one. Fields validate as the user types (Binder with the Bean Validation rules of
 * ContractForm); the service checks again and its answers land on the fields too.
 */
class ContractFormDialog extends Dialog {

    final CustomerPicker customer;
    final TextField title = new TextField("Title");
    final ComboBox<ContractType> type = new ComboBox<>("Type");
    final BigDecimalField value = new BigDecimalField("Value");
    final ComboBox<String> currency = new ComboBox<>("Currency");
    final DatePicker startDate = DateFields.apply(new DatePicker("Start"));
    final DatePicker endDate = DateFields.apply(new DatePicker("End"));
    final Checkbox autoRenew = new Checkbox("Renews automatically");
    final IntegerField noticeDays = new IntegerField("Notice period (days)");
    final Button save = new Button("Create draft");

    private final ContractService contracts;
    private final Consumer<ContractDetails> onSaved;
    // each field bound under the name of the ContractForm component it fills, so that a service error about a
    // property lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<ContractForm> binder = new Binder<>(ContractForm.class);
    private final @Nullable ContractDetails current;

    /** A new draft. */
    ContractFormDialog(ContractService contracts, CustomerService customers, Consumer<ContractDetails> onSaved) {
        this(contracts, customers, null, onSaved);
    }

    /** A new draft for {@code customerId}, as opened from the customer's Contracts tab. */
    static ContractFormDialog forCustomer(
            ContractService contracts, CustomerService customers, long customerId, Consumer<ContractDetails> onSaved) {
        ContractFormDialog dialog = new ContractFormDialog(contracts, customers, null, onSaved);
        dialog.customer.select(customerId);
        return dialog;
    }

    /** Edits {@code draft} when given, else creates one. */
    ContractFormDialog(
            ContractService contracts,
            CustomerService customers,
            @Nullable ContractDetails draft,
            Consumer<ContractDetails> onSaved) {
        this.contracts = contracts;
        this.onSaved = onSaved;
        this.current = draft;
        addClassName("contract-form");
        setHeaderTitle(draft == null ? "New contract" : "Edit " + draft.number());
        customer = new CustomerPicker("Customer", customers);
        customer.setHelperText("Your customers; type to search by name");
        type.setItems(ContractType.values());
        type.setItemLabelGenerator(ContractType::label);
        currency.setItems(contracts.policy().currencies());
        value.setWidth("12rem");
        // the ranges of ContractForm's constraints, which the API applies too (issue #18)
        FormConstraints.apply(value, ContractForm.class, "valueAmount");
        FormConstraints.apply(startDate, ContractForm.class, "startDate");
        FormConstraints.apply(endDate, ContractForm.class, "endDate");
        FormConstraints.apply(noticeDays, ContractForm.class, "noticePeriodDays");
        noticeDays.setStepButtonsVisible(true);

        binder.forField(customer)
                .asRequired("Choose a customer")
                .withConverter(ItemIds.of(customer, CustomerOption::id))
                .bind("customerId");
        FormConstraints.apply(title, ContractForm.class, "title");
        binder.forField(title)
                .asRequired("is required")
                .withValidator(new BeanValidator(ContractForm.class, "title"))
                .bind("title");
        binder.forField(type).asRequired("Choose a type").bind("type");
        binder.forField(value)
                .asRequired("is required")
                .withValidator(new BeanValidator(ContractForm.class, "valueAmount"))
                .bind("valueAmount");
        binder.forField(currency).asRequired("Choose a currency").bind("currency");
        binder.forField(startDate).asRequired("is required").bind("startDate");
        binder.forField(endDate)
                .asRequired("is required")
                .withValidator(
                        end -> startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        "The end date must not be before the start date.")
                .bind("endDate");
        binder.forField(autoRenew).bind("autoRenew");
        binder.forField(noticeDays)
                .asRequired("is required")
                .withValidator(new BeanValidator(ContractForm.class, "noticePeriodDays"))
                .bind("noticePeriodDays");

        if (draft == null) {
            currency.setValue(contracts.policy().baseCurrency());
            type.setValue(ContractType.SUBSCRIPTION);
            startDate.setValue(LocalDate.now());
            endDate.setValue(LocalDate.now().plusYears(1).minusDays(1));
            noticeDays.setValue(90);
        } else {
            customer.select(draft.customerId());
            customer.setReadOnly(true);
            customer.setHelperText(null);
            title.setValue(draft.title());
            type.setValue(draft.type());
            value.setValue(draft.value().amount());
            currency.setValue(draft.value().currency());
            startDate.setValue(draft.startDate());
            endDate.setValue(draft.endDate());
            autoRenew.setValue(draft.autoRenew());
            noticeDays.setValue(draft.noticePeriodDays());
            save.setText("Save draft");
        }

        FormLayout form =
                new FormLayout(customer, title, type, value, currency, startDate, endDate, noticeDays, autoRenew);
        form.setColspan(customer, 2);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        setWidth("min(40rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        ContractForm form = new ContractForm(
                customer.getValue().id(),
                title.getValue(),
                type.getValue(),
                value.getValue(),
                currency.getValue(),
                startDate.getValue(),
                endDate.getValue(),
                autoRenew.getValue(),
                noticeDays.getValue(),
                current == null ? null : current.version());
        try {
            FieldErrors.attempt(
                            () -> current == null ? contracts.create(form) : contracts.update(current.id(), form),
                            this::showError)
                    .ifPresent(saved -> {
                        Notifications.success((current == null ? "Draft " : "Saved ") + saved.number());
                        close();
                        onSaved.accept(saved);
                    });
        } catch (NotFoundException e) {
            showError("customerId", "You cannot add contracts to this customer.");
        }
    }

    void showError(String property, String message) {
        FieldErrors.on(binder).accept(property, message);
    }
}
