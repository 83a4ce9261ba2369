package io.portalops.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A form's fields by the name of the input record's component each one fills, recorded as the form binds them, so that
 * an error the service reports for a property ({@link FieldErrors#attempt}) lands on its field. The forms bind with
 * lambdas (their records are immutable), which leaves {@link Binder#getBinding(String)} empty; this is the lookup
 * instead of a hand-written {@code switch} per form. A name that is not a component of the record fails when the form
 * is built, so renaming a component cannot silently turn its field errors into notifications.
 */
public final class FormFields {

    private final Class<? extends Record> record;
    private final Set<String> components;
    private final Map<String, HasValidation> byProperty = new HashMap<>();

    public FormFields(Class<? extends Record> record) {
        this.record = record;
        this.components = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code binder.forField(field)}, with the field recorded under {@code property}. */
    public <BEAN, V, F extends HasValue<?, V> & HasValidation> Binder.BindingBuilder<BEAN, V> bind(
            Binder<BEAN> binder, F field, String property) {
        add(field, property);
        return binder.forField(field);
    }

    /** Records a field the form checks without its binder, under one or more properties it answers for. */
    public <F extends HasValidation> F add(F field, String... properties) {
        for (String property : properties) {
            if (!components.contains(property)) {
                throw new IllegalArgumentException(record.getSimpleName() + " has no component " + property);
            }
            byProperty.put(property, field);
        }
        return field;
    }

    /** The field of {@code property}; for a nested one ({@code cost.amount}) the field of its outer component. */
    public @Nullable HasValidation field(String property) {
        HasValidation field = byProperty.get(property);
        int dot = property.indexOf('.');
        return field == null && dot > 0 ? byProperty.get(property.substring(0, dot)) : field;
    }

    /** Marks the property's field invalid with the message, or shows it as a notification when no field has it. */
    public void showError(String property, String message) {
        FieldErrors.show(field(property), message);
    }
}
