package io.portalops.customer.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.customer.PiiField;
import io.portalops.security.AccountSummary;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.Violations;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.ItemIds;
import io.portalops.shared.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The customer form. Fields validate as the user types (Binder with the Bean Validation rules of CustomerForm);
 * the service checks again and its answers land on the fields too. Personal data is write-only: the field shows
 * the masked value, and typing replaces it.
 */
class CustomerEditor extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final TextField externalRef = new TextField("External reference");
    final TextField name = new TextField("Name");
    final RadioButtonGroup<CustomerKind> kind = new RadioButtonGroup<>("Kind");
    final TextField nationalId = new TextField("National ID");
    final TextField email = new TextField("Email");
    final TextField phone = new TextField("Phone");
    final TextArea address = new TextArea("Address");
    final ComboBox<String> country = new ComboBox<>("Country");
    final ComboBox<CustomerSegment> segment = new ComboBox<>("Segment");
    final ComboBox<CustomerStatus> status = new ComboBox<>("Status");
    final ComboBox<AccountSummary> owner = new ComboBox<>("Owner");
    final Button save = new Button("Save");
    final Span meta = new Span();

    private final CustomerService customers;
    private final Consumer<CustomerDetails> onSaved;
    // each field bound under the name of the CustomerForm component it fills: a service error about a property
    // lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<CustomerForm> binder = new Binder<>(CustomerForm.class);
    private final PiiFieldControls piiControls;
    private @Nullable CustomerDetails current;

    CustomerEditor(CustomerService customers, boolean admin, Consumer<CustomerDetails> onSaved) {
        this.customers = customers;
        this.onSaved = onSaved;
        addClassName("customer-editor");
        setPadding(false);
        kind.setItems(CustomerKind.values());
        kind.setItemLabelGenerator(CustomerKind::label);
        // the name first, so that typing "Fin" finds Finland; sorted by name, as people look for it
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing(
                        code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
                .toList());
        country.setItemLabelGenerator(
                code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")");
        io.portalops.shared.ui.ComboBoxes.firstMatchOnEnter(country);
        segment.setItems(CustomerSegment.values());
        segment.setItemLabelGenerator(CustomerSegment::label);
        status.setItems(CustomerStatus.values());
        status.setItemLabelGenerator(CustomerStatus::label);
        owner.setItems(customers.owners());
        owner.setItemLabelGenerator(AccountSummary::displayName);
        owner.setVisible(admin);
        piiControls =
                new PiiFieldControls(customers, admin, Map.of(PiiField.NATIONAL_ID, nationalId, PiiField.EMAIL, email));

        bind(externalRef, "externalRef", true);
        bind(name, "name", true);
        bind(nationalId, "nationalId", false);
        bind(email, "email", false);
        bind(phone, "phone", false);
        bind(address, "address", false);
        binder.forField(owner)
                .withConverter(ItemIds.of(owner, AccountSummary::id))
                .bind("ownerId");
        binder.forField(kind).asRequired("Choose a kind").bind("kind");
        binder.forField(country).asRequired("Choose a country").bind("country");
        binder.forField(segment).asRequired("Choose a segment").bind("segment");
        binder.forField(status).asRequired("Choose a status").bind("status");

        FormLayout form = new FormLayout(
                externalRef, name, kind, status, nationalId, email, phone, country, segment, owner, address);
        form.setColspan(address, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        meta.addClassName("meta");
        HorizontalLayout buttons = new HorizontalLayout(save, meta);
        buttons.setAlignItems(Alignment.BASELINE);
        add(form, buttons);
    }

    private void bind(TextField field, String property, boolean required) {
        FormConstraints.apply(field, CustomerForm.class, property);
        var binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired("Required");
        }
        binding.withValidator(new BeanValidator(CustomerForm.class, property)).bind(property);
    }

    private void bind(TextArea field, String property, boolean required) {
        FormConstraints.apply(field, CustomerForm.class, property);
        binder.forField(field)
                .withValidator(new BeanValidator(CustomerForm.class, property))
                .bind(property);
    }

    void editNew() {
        current = null;
        kind.setValue(CustomerKind.COMPANY);
        status.setValue(CustomerStatus.PROSPECT);
        segment.setValue(CustomerSegment.SMB);
        piiControls.showNew();
        meta.setText("");
    }

    void edit(CustomerDetails customer) {
        current = customer;
        externalRef.setValue(customer.externalRef());
        name.setValue(customer.name());
        kind.setValue(customer.kind());
        phone.setValue(customer.phone() == null ? "" : customer.phone());
        address.setValue(customer.address() == null ? "" : customer.address());
        country.setValue(customer.country());
        segment.setValue(customer.segment());
        status.setValue(customer.status());
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(o -> o.id() == customer.ownerId())
                .findFirst()
                .orElse(null));
        piiControls.show(customer);
        meta.setText("Owner " + customer.ownerName() + " · created " + WHEN.format(customer.createdAt()) + " · updated "
                + WHEN.format(customer.updatedAt()));
        setReadOnly(!customer.editable());
    }

    private void setReadOnly(boolean readOnly) {
        for (var field : new HasValue<?, ?>[] {
            externalRef, name, kind, nationalId, email, phone, address, country, segment, status, owner
        }) {
            field.setReadOnly(readOnly);
        }
        owner.setReadOnly(readOnly || !owner.isVisible());
        save.setVisible(!readOnly);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        CustomerForm form = new CustomerForm(
                externalRef.getValue(),
                name.getValue(),
                kind.getValue(),
                piiControls.valueFor(PiiField.NATIONAL_ID),
                piiControls.valueFor(PiiField.EMAIL),
                phone.getValue(),
                address.getValue(),
                country.getValue(),
                segment.getValue(),
                status.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                current == null ? null : current.version());
        try {
            CustomerDetails saved = current == null ? customers.create(form) : customers.update(current.id(), form);
            Notifications.success("Customer " + saved.name() + " saved");
            edit(saved);
            onSaved.accept(saved);
        } catch (StaleDataException e) {
            Notifications.error(e.getMessage());
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
