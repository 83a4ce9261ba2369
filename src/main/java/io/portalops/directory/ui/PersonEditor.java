package io.portalops.directory.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.directory.PersonForm;
import io.portalops.directory.PersonService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.Violations;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.ItemIds;
import io.portalops.shared.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A person's details: editable by an ADMIN, read-only for the SaaS admins. Fields validate as the user types (the Bean
 * Validation rules of PersonForm); the service checks the rest and its answers land on the fields.
 */
class PersonEditor extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final TextField employeeNumber = new TextField("Employee number");
    final TextField name = new TextField("Name");
    final TextField email = new TextField("Email");
    final ComboBox<String> department = new ComboBox<>("Department");
    final TextField title = new TextField("Title");
    final ComboBox<PersonOption> manager = new ComboBox<>("Manager");
    final TextField location = new TextField("Location");
    final ComboBox<EmploymentStatus> status = new ComboBox<>("Employment status");
    final DatePicker startDate = DateFields.apply(new DatePicker("Start date"));
    final DatePicker endDate = DateFields.apply(new DatePicker("End date"));
    final ComboBox<AccountSummary> account = new ComboBox<>("Login account");
    final Button save = new Button("Save");
    final Span meta = new Span();

    private final PersonService people;
    private final boolean admin;
    private final Consumer<PersonDetails> onSaved;
    // each field bound under the name of the PersonForm component it fills, so that a service error about a property
    // lands on binder.getBinding(property)'s field (ADR 052)
    private final Binder<PersonForm> binder = new Binder<>(PersonForm.class);
    private @Nullable PersonDetails current;

    PersonEditor(PersonService people, boolean admin, Consumer<PersonDetails> onSaved) {
        this.people = people;
        this.admin = admin;
        this.onSaved = onSaved;
        addClassName("person-editor");
        setPadding(false);
        List<String> departments = people.departments();
        department.setItems(departments);
        department.setAllowCustomValue(true);
        department.addCustomValueSetListener(custom -> {
            department.setItems(Stream.concat(departments.stream(), Stream.of(custom.getDetail()))
                    .toList());
            department.setValue(custom.getDetail());
        });
        PersonOption.lazilySearch(manager, people);
        manager.setClearButtonVisible(true);
        status.setItems(EmploymentStatus.values());
        status.setItemLabelGenerator(EmploymentStatus::label);
        account.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        account.setClearButtonVisible(true);
        account.setHelperText("Most people have none and cannot sign in.");

        for (var entry : List.of(
                Map.entry(employeeNumber, "employeeNumber"),
                Map.entry(name, "name"),
                Map.entry(email, "email"),
                Map.entry(title, "title"),
                Map.entry(location, "location"))) {
            FormConstraints.apply(entry.getKey(), PersonForm.class, entry.getValue());
            var binding = binder.forField(entry.getKey());
            if (List.of("employeeNumber", "name", "email").contains(entry.getValue())) {
                binding = binding.asRequired("Required");
            }
            binding.withValidator(new BeanValidator(PersonForm.class, entry.getValue()))
                    .bind(entry.getValue());
        }
        binder.forField(department).bind("department");
        binder.forField(manager)
                .withConverter(ItemIds.of(manager, PersonOption::id))
                .bind("managerId");
        binder.forField(startDate).bind("startDate");
        binder.forField(endDate).bind("endDate");
        binder.forField(account)
                .withConverter(ItemIds.of(account, AccountSummary::id))
                .bind("accountId");
        binder.forField(status).asRequired("Choose a status").bind("status");

        FormLayout form = new FormLayout(
                employeeNumber, name, email, department, title, manager, location, status, startDate, endDate, account);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        meta.addClassName("meta");
        HorizontalLayout buttons = new HorizontalLayout(save, meta);
        buttons.setAlignItems(Alignment.BASELINE);
        add(form, buttons);
    }

    void editNew() {
        current = null;
        status.setValue(EmploymentStatus.PENDING_START);
        account.setItems(people.linkableAccounts(null));
        meta.setText("");
    }

    void edit(PersonDetails person) {
        current = person;
        employeeNumber.setValue(person.employeeNumber());
        name.setValue(person.name());
        email.setValue(person.email());
        department.setValue(person.department());
        title.setValue(text(person.title()));
        manager.setValue(
                person.managerId() == null ? null : new PersonOption(person.managerId(), text(person.managerName())));
        location.setValue(text(person.location()));
        status.setValue(person.status());
        startDate.setValue(person.startDate());
        endDate.setValue(person.endDate());
        AccountSummary linked = person.accountId() == null
                ? null
                : new AccountSummary(
                        person.accountId(), text(person.accountUsername()), text(person.accountUsername()));
        account.setItems(admin ? people.linkableAccounts(person.id()) : linked == null ? List.of() : List.of(linked));
        account.setValue(
                linked == null
                        ? null
                        : account.getListDataView()
                                .getItems()
                                .filter(a -> a.id() == linked.id())
                                .findFirst()
                                .orElse(linked));
        meta.setText("Created " + WHEN.format(person.createdAt()) + " · updated " + WHEN.format(person.updatedAt()));
        boolean readOnly = !person.editable();
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {
            employeeNumber, name, email, department, title, manager, location, status, startDate, endDate, account
        }) {
            field.setReadOnly(readOnly);
        }
        save.setVisible(!readOnly);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        PersonForm form = new PersonForm(
                employeeNumber.getValue(),
                name.getValue(),
                email.getValue(),
                department.getValue(),
                title.getValue(),
                manager.getValue() == null ? null : manager.getValue().id(),
                location.getValue(),
                status.getValue(),
                startDate.getValue(),
                endDate.getValue(),
                account.getValue() == null ? null : account.getValue().id(),
                current == null ? null : current.version());
        try {
            PersonDetails saved = current == null ? people.create(form) : people.update(current.id(), form);
            Notifications.success(saved.name() + " saved");
            edit(saved);
            onSaved.accept(saved);
        } catch (StaleDataException | RuleViolationException e) {
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

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
