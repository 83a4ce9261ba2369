package io.portalops.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The customer form shows and applies the limits of CustomerForm's constraints, the ones the API applies (issue #18):
 * maxLength and required marks on the fields, the same message, and control characters refused on the field.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class CustomerFormLimitsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    CustomerEditor newForm(String ref) {
        CustomerDetailView view = navigate(CustomerDetailView.class, "new");
        roundTrip();
        test(view.editor.externalRef).setValue(ref);
        test(view.editor.country).selectItem("Norway (NO)");
        return view.editor;
    }

    long stored(String ref) {
        return jdbc.queryForObject("select count(*) from customer where external_ref = ?", Long.class, ref);
    }

    static String ref() {
        return "LIM-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("manager")
    void the_fields_show_the_limits_of_their_columns_and_which_are_required() {
        CustomerEditor editor = newForm(ref());
        assertThat(editor.externalRef.getMaxLength()).isEqualTo(64);
        assertThat(editor.name.getMaxLength()).isEqualTo(200);
        assertThat(editor.phone.getMaxLength()).isEqualTo(32);
        assertThat(editor.email.getMaxLength()).isEqualTo(320);
        assertThat(editor.address.getMaxLength()).isEqualTo(500);
        assertThat(editor.name.isRequiredIndicatorVisible()).isTrue();
        assertThat(editor.address.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_name_over_its_column_is_refused_on_the_field_with_the_apis_message_and_nothing_is_stored() {
        String ref = ref();
        CustomerEditor editor = newForm(ref);
        // as a client that ignores maxlength would send it
        editor.name.setValue("n".repeat(201));
        test(editor.save).click();
        roundTrip();

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("must be at most 200 characters long");
        assertThat(stored(ref)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_nul_or_a_line_break_in_the_name_is_refused_on_the_field_and_nothing_is_stored() {
        for (String name : new String[] {"Acme\u0000Ltd", "Acme\nLtd", "Acme\tLtd"}) {
            String ref = ref();
            CustomerEditor editor = newForm(ref);
            test(editor.name).setValue(name);
            test(editor.save).click();
            roundTrip();

            assertThat(editor.name.isInvalid()).as(name).isTrue();
            assertThat(editor.name.getErrorMessage()).as(name).containsAnyOf("NUL", "one line");
            assertThat(stored(ref)).isZero();
        }
    }

    @Test
    @WithUserDetails("manager")
    void a_nul_in_the_address_is_refused_while_its_line_breaks_are_kept() {
        String refused = ref();
        CustomerEditor editor = newForm(refused);
        test(editor.name).setValue("Address test " + refused);
        test(editor.address).setValue("Main street 1\u00000150 Oslo");
        test(editor.save).click();
        roundTrip();
        assertThat(editor.address.isInvalid()).isTrue();
        assertThat(stored(refused)).isZero();

        String kept = ref();
        editor = newForm(kept);
        test(editor.name).setValue("Address test " + kept);
        test(editor.address).setValue("Main street 1\n0150 Oslo");
        test(editor.save).click();
        roundTrip();
        assertThat(jdbc.queryForObject("select address from customer where external_ref = ?", String.class, kept))
                .isEqualTo("Main street 1\n0150 Oslo");
    }
}
