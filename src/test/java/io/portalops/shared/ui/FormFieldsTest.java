package io.portalops.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The field lookup the forms use instead of a switch per form (issue #24). */
class FormFieldsTest {

    record Sample(String title, Money cost) {}

    record Money(BigDecimal amount, String currency) {}

    @Test
    void a_service_error_for_a_property_lands_on_the_field_bound_under_its_name() {
        FormFields fields = new FormFields(Sample.class);
        TextField title = new TextField();
        Binder<Sample> binder = new Binder<>();
        fields.bind(binder, title, "title").bind(Sample::title, (s, v) -> {});

        fields.showError("title", "must be at most 200 characters long");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("must be at most 200 characters long");
        assertThat(binder.getFields()).containsExactly(title);
    }

    @Test
    void an_error_of_a_nested_property_lands_on_the_field_of_its_outer_component() {
        FormFields fields = new FormFields(Sample.class);
        BigDecimalField cost = fields.add(new BigDecimalField(), "cost");

        fields.showError("cost.amount", "Use at most 17 digits before the decimal point.");

        assertThat(cost.isInvalid()).isTrue();
        assertThat(fields.field("currency")).isNull();
    }

    @Test
    void a_name_that_is_not_a_component_of_the_record_fails_when_the_form_is_built() {
        FormFields fields = new FormFields(Sample.class);
        assertThatThrownBy(() -> fields.add(new TextField(), "titel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sample has no component titel");
    }
}
