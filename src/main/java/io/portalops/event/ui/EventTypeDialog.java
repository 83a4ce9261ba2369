package io.portalops.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.event.EventSeverity;
import io.portalops.event.EventTypeInfo;
import io.portalops.event.EventTypes;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Creates an event type or edits its description, schema and status; the schema must be valid JSON Schema. */
class EventTypeDialog extends Dialog {

    final TextField name = new TextField("Type");
    final TextField description = new TextField("Description");
    final TextArea schema = new TextArea("JSON Schema");
    final Checkbox enabled = new Checkbox("Enabled", true);
    final Select<EventSeverity> severity = new Select<>();
    final Button save = new Button("Save");

    EventTypeDialog(EventTypes types, @Nullable EventTypeInfo existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New event type" : "Event type " + existing.name());
        setWidth("44rem");
        FormConstraints.limit(description, EventTypes.MAX_DESCRIPTION);
        if (existing != null) {
            name.setValue(existing.name());
            name.setReadOnly(true);
            description.setValue(existing.description());
            schema.setValue(existing.schema().toPrettyString());
            enabled.setValue(existing.enabled());
            severity.setValue(existing.severity());
        } else {
            schema.setValue("{\n  \"type\": \"object\",\n  \"properties\": {}\n}");
        }
        severity.setLabel("Severity");
        severity.setItems(EventSeverity.values());
        severity.setItemLabelGenerator(EventSeverity::label);
        severity.setHelperText("Of its events, unless their payload gives its own \"severity\"");
        if (severity.getValue() == null) {
            severity.setValue(EventSeverity.LOW);
        }
        schema.setHeight("18rem");
        schema.addClassName("monospace");
        FormLayout form = new FormLayout(name, description, severity, schema, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                types.save(
                        name.getValue().strip(),
                        description.getValue(),
                        schema.getValue(),
                        severity.getValue(),
                        enabled.getValue());
                Notifications.success("Event type " + name.getValue() + " saved");
                onSaved.run();
                close();
            } catch (InvalidInputException e) {
                var field = e.fieldErrors().containsKey("name") ? name : schema;
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
