package io.portalops.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The field lookup of the forms: Binder's own, by the name of the record component a field fills (ADR 052). */
public class FieldErrorsTest {

    // public: Binder reads the components through their accessors, by reflection
    public record Sample(String title, Money cost, Long ownerId, Long version) {}

    public record Money(BigDecimal amount, String currency) {}

    public record Owner(long id, String name) {}

    @Test
    void a_service_error_for_a_property_lands_on_the_field_bound_under_its_name() {
        Binder<Sample> binder = new Binder<>(Sample.class);
        TextField title = new TextField();
        TextField other = new TextField();
        binder.forField(title).bind("title");

        FieldErrors.on(binder).accept("title", "must be at most 200 characters long");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("must be at most 200 characters long");
        assertThat(other.isInvalid()).isFalse();
        assertThat(binder.getBinding("title").orElseThrow().getField()).isSameAs(title);
    }

    @Test
    void
            an_error_of_a_nested_property_lands_on_the_field_of_its_outer_component_and_a_component_without_a_field_has_none() {
        Binder<Sample> binder = new Binder<>(Sample.class);
        BigDecimalField cost = new BigDecimalField();
        binder.forField(cost)
                .withConverter(amount -> amount == null ? null : new Money(amount, "EUR"), Money::amount)
                .bind("cost");

        FieldErrors.on(binder).accept("cost.amount", "Use at most 17 digits before the decimal point.");

        assertThat(cost.isInvalid()).isTrue();
        assertThat(FieldErrors.field(binder, "version"))
                .as("the version has no field")
                .isNull();
        assertThat(FieldErrors.field(binder, "title.length")).isNull();
    }

    @Test
    void a_picker_of_items_fills_the_id_component_and_keeps_its_item_when_read_back() {
        Binder<Sample> binder = new Binder<>(Sample.class);
        ComboBox<Owner> owner = new ComboBox<>();
        Owner ann = new Owner(7, "Ann");
        owner.setItems(ann);
        owner.setValue(ann);
        binder.forField(owner).withConverter(ItemIds.of(owner, Owner::id)).bind("ownerId");

        assertThat(binder.validate().isOk()).isTrue();
        FieldErrors.on(binder).accept("ownerId", "Only an admin may give a customer another owner.");
        assertThat(owner.isInvalid()).isTrue();
        binder.readRecord(new Sample("t", null, 7L, null));
        assertThat(owner.getValue()).isEqualTo(ann);
    }

    @Test
    void a_name_that_is_not_a_component_of_the_record_fails_when_the_form_binds_it() {
        Binder<Sample> binder = new Binder<>(Sample.class);
        assertThatThrownBy(() -> binder.forField(new TextField()).bind("titel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Could not resolve property name titel");
    }

    @Test
    void a_field_of_another_type_than_its_component_fails_on_its_first_value_rather_than_passing_silently() {
        Binder<Sample> binder = new Binder<>(Sample.class);
        ComboBox<Owner> owner = new ComboBox<>();
        Owner ann = new Owner(7, "Ann");
        owner.setItems(ann);
        // no ItemIds converter: an Owner where the record has a Long
        binder.forField(owner).bind("ownerId");

        assertThatThrownBy(() -> owner.setValue(ann))
                .hasRootCauseInstanceOf(ClassCastException.class)
                .hasMessageContaining("Cannot cast");
    }
}
