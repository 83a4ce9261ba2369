package io.portalops.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.ProductRef;
import io.portalops.payment.BillingDetails;
import io.portalops.payment.BillingForm;
import io.portalops.payment.CardBrand;
import io.portalops.payment.CardNumbers;
import io.portalops.payment.NoticeUnit;
import io.portalops.payment.PaymentMethod;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.ItemIds;
import io.portalops.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates a product's billing record or edits one. Fields validate as the user types (the Bean Validation rules of
 * BillingForm, and no full card number in any text field); the service checks again and its answers land on the fields.
 */
class BillingFormDialog extends Dialog {

    final ComboBox<ProductRef> product = new ComboBox<>("Product");
    final ComboBox<BillingCycle> cycle = new ComboBox<>("Billing cycle");
    final BigDecimalField amount = new BigDecimalField("Amount per cycle");
    final ComboBox<String> currency = new ComboBox<>("Currency");
    final DatePicker nextRenewal = DateFields.apply(new DatePicker("Next renewal"));
    final Checkbox autoRenew = new Checkbox("Renews automatically");
    final IntegerField noticeAmount = new IntegerField("Notice period");
    final ComboBox<NoticeUnit> noticeUnit = new ComboBox<>("Unit");
    final TextField poNumber = new TextField("Purchase order number");
    final RadioButtonGroup<PaymentMethod> method = new RadioButtonGroup<>("Paid by");
    final ComboBox<CardBrand> cardBrand = new ComboBox<>("Card brand");
    final TextField cardLast4 = new TextField("Last 4 digits");
    final TextField cardHolder = new TextField("Name on card");
    final IntegerField expiryMonth = new IntegerField("Expiry month");
    final IntegerField expiryYear = new IntegerField("Expiry year");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Create billing record");

    private final PaymentRegister payments;
    private final Consumer<BillingDetails> onSaved;
    private final @Nullable BillingDetails current;
    // each field bound under the name of the BillingForm component it fills, so that a service error about a
    // property lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<BillingForm> binder = new Binder<>(BillingForm.class);

    /** A new record for one of {@code products}. */
    BillingFormDialog(
            PaymentRegister payments,
            List<ProductRef> products,
            List<String> currencies,
            Consumer<BillingDetails> onSaved) {
        this(payments, products, null, currencies, onSaved);
    }

    /** Edits {@code record}, whose card data the caller sees in clear (only writers edit). */
    BillingFormDialog(
            PaymentRegister payments,
            BillingDetails record,
            List<String> currencies,
            Consumer<BillingDetails> onSaved) {
        this(payments, List.of(), record, currencies, onSaved);
    }

    private BillingFormDialog(
            PaymentRegister payments,
            List<ProductRef> products,
            @Nullable BillingDetails record,
            List<String> currencies,
            Consumer<BillingDetails> onSaved) {
        this.payments = payments;
        this.onSaved = onSaved;
        this.current = record;
        addClassName("billing-form");
        setHeaderTitle(record == null ? "New billing record" : "Edit billing record · " + record.productLabel());
        product.setItems(products);
        product.setItemLabelGenerator(ProductRef::label);
        product.setHelperText(
                products.isEmpty() && record == null ? "Every product you manage has a billing record." : null);
        product.setVisible(record == null);
        cycle.setItems(BillingCycle.values());
        cycle.setItemLabelGenerator(BillingCycle::label);
        currency.setItems(currencies);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(
                e -> currency.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        FormConstraints.apply(noticeAmount, BillingForm.class, "noticeAmount");
        noticeAmount.setStepButtonsVisible(true);
        noticeUnit.setItems(NoticeUnit.values());
        noticeUnit.setItemLabelGenerator(NoticeUnit::label);
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(PaymentMethod::label);
        method.addValueChangeListener(change -> showCardFields(change.getValue() == PaymentMethod.CARD));
        cardBrand.setItems(CardBrand.values());
        cardBrand.setItemLabelGenerator(CardBrand::label);
        FormConstraints.apply(cardLast4, BillingForm.class, "cardLast4");
        FormConstraints.apply(poNumber, BillingForm.class, "poNumber");
        FormConstraints.apply(cardHolder, BillingForm.class, "cardHolder");
        cardLast4.setAllowedCharPattern("[0-9]");
        cardLast4.setHelperText("Never the full card number");
        FormConstraints.apply(expiryMonth, BillingForm.class, "cardExpiryMonth");
        FormConstraints.apply(expiryYear, BillingForm.class, "cardExpiryYear");
        FormConstraints.apply(notes, BillingForm.class, "notes");
        isoDates(nextRenewal);
        FormConstraints.apply(nextRenewal, BillingForm.class, "nextRenewal");
        FormConstraints.apply(amount, BillingForm.class, "amount");
        bind();

        if (record == null) {
            cycle.setValue(BillingCycle.ANNUAL);
            currency.setValue("EUR");
            nextRenewal.setValue(LocalDate.now().plusYears(1));
            autoRenew.setValue(true);
            noticeAmount.setValue(1);
            noticeUnit.setValue(NoticeUnit.MONTHS);
            method.setValue(PaymentMethod.INVOICE);
        } else {
            fill(record.form());
            save.setText("Save");
        }

        FormLayout form = new FormLayout(
                product,
                cycle,
                amount,
                currency,
                nextRenewal,
                noticeAmount,
                noticeUnit,
                autoRenew,
                poNumber,
                method,
                cardBrand,
                cardLast4,
                cardHolder,
                expiryMonth,
                expiryYear,
                notes);
        for (Component wide : new Component[] {product, autoRenew, poNumber, method, cardHolder, notes}) {
            form.setColspan(wide, 2);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        setWidth("min(42rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** Dates read as in the grids, in the user's format, whatever the browser's locale. */
    static void isoDates(DatePicker picker) {
        DateFields.apply(picker);
        picker.setPlaceholder(DateFields.style().pattern().toLowerCase(java.util.Locale.ROOT));
    }

    private void bind() {
        binder.forField(cardBrand).bind("cardBrand");
        binder.forField(expiryMonth).bind("cardExpiryMonth");
        binder.forField(expiryYear).bind("cardExpiryYear");
        binder.forField(autoRenew).bind("autoRenew");
        if (current == null) {
            // an edited record stays with its product: no field, and an answer about it is a notification
            binder.forField(product)
                    .asRequired("Choose the product.")
                    .withConverter(ItemIds.of(product, ProductRef::id))
                    .bind("productId");
        }
        binder.forField(cycle).asRequired("Choose a billing cycle.").bind("cycle");
        binder.forField(amount)
                .asRequired("Enter the amount.")
                .withValidator(new BeanValidator(BillingForm.class, "amount"))
                .bind("amount");
        binder.forField(currency)
                .asRequired("Enter a currency.")
                .withValidator(new BeanValidator(BillingForm.class, "currency"))
                .bind("currency");
        binder.forField(nextRenewal).asRequired("Enter the next renewal date.").bind("nextRenewal");
        binder.forField(noticeAmount)
                .asRequired("Enter the notice period (0 for none).")
                .withValidator(new BeanValidator(BillingForm.class, "noticeAmount"))
                .bind("noticeAmount");
        binder.forField(noticeUnit).asRequired("Choose days or months.").bind("noticeUnit");
        binder.forField(method).asRequired("Choose how it is paid.").bind("method");
        for (var text : List.of(
                Map.entry(poNumber, "poNumber"),
                Map.entry(cardHolder, "cardHolder"),
                Map.entry(cardLast4, "cardLast4"))) {
            binder.forField(text.getKey())
                    .withValidator(v -> !CardNumbers.containsCardNumber(v), CardNumbers.REFUSAL)
                    .bind(text.getValue());
        }
        binder.forField(notes)
                .withValidator(v -> !CardNumbers.containsCardNumber(v), CardNumbers.REFUSAL)
                .bind("notes");
    }

    private void fill(BillingForm f) {
        cycle.setValue(f.cycle());
        amount.setValue(f.amount());
        currency.setValue(f.currency());
        nextRenewal.setValue(f.nextRenewal());
        autoRenew.setValue(f.autoRenew());
        noticeAmount.setValue(f.noticeAmount());
        noticeUnit.setValue(f.noticeUnit());
        poNumber.setValue(f.poNumber() == null ? "" : f.poNumber());
        method.setValue(f.method());
        cardBrand.setValue(f.cardBrand());
        cardLast4.setValue(f.cardLast4() == null ? "" : f.cardLast4());
        cardHolder.setValue(f.cardHolder() == null ? "" : f.cardHolder());
        expiryMonth.setValue(f.cardExpiryMonth());
        expiryYear.setValue(f.cardExpiryYear());
        notes.setValue(f.notes() == null ? "" : f.notes());
    }

    private void showCardFields(boolean card) {
        cardBrand.setVisible(card);
        cardLast4.setVisible(card);
        cardHolder.setVisible(card);
        expiryMonth.setVisible(card);
        expiryYear.setVisible(card);
    }

    BillingForm form() {
        boolean card = method.getValue() == PaymentMethod.CARD;
        long productId = current != null
                ? current.productId()
                : product.getValue() == null ? 0 : product.getValue().id();
        return new BillingForm(
                productId,
                cycle.getValue(),
                amount.getValue(),
                currency.getValue(),
                nextRenewal.getValue(),
                autoRenew.getValue(),
                noticeAmount.getValue() == null ? 0 : noticeAmount.getValue(),
                noticeUnit.getValue(),
                poNumber.getValue(),
                method.getValue(),
                card ? cardHolder.getValue() : null,
                card ? cardBrand.getValue() : null,
                card ? cardLast4.getValue() : null,
                card ? expiryMonth.getValue() : null,
                card ? expiryYear.getValue() : null,
                notes.getValue(),
                current == null ? null : current.version());
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            FieldErrors.attempt(
                            () -> current == null ? payments.create(form()) : payments.update(current.id(), form()),
                            this::showError)
                    .ifPresent(saved -> {
                        Notifications.success(
                                (current == null ? "Billing record created for " : "Saved ") + saved.productLabel());
                        close();
                        onSaved.accept(saved);
                    });
        } catch (NotFoundException e) {
            showError("productId", "You cannot give this product a billing record.");
        }
    }

    void showError(String property, String message) {
        FieldErrors.on(binder).accept(property, message);
    }
}
