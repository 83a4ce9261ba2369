package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The contract form shows the ranges of ContractForm's constraints, the ones the API applies (issue #18): dates only in
 * the storable years, no negative value, the notice period's bounds; a value outside is refused on the field with the
 * API's message, and nothing is stored.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ContractFormRangesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    ContractFormDialog newDraft(String title) {
        UI.getCurrent().navigate("contracts");
        roundTrip();
        test(((ContractsView) getCurrentView()).create).click();
        ContractFormDialog dialog = find(ContractFormDialog.class).single();
        var suggestions = test(dialog.customer);
        suggestions.setFilter("");
        dialog.customer.setValue(suggestions.getSuggestionItems().getFirst());
        test(dialog.title).setValue(title);
        dialog.value.setValue(new BigDecimal("1000.00"));
        return dialog;
    }

    long stored(String title) {
        return jdbc.queryForObject("select count(*) from contract where title = ?", Long.class, title);
    }

    /** What the API answers for the same value: Bean Validation of the same record. */
    static String apiMessage(String property, Object value) {
        return Validation.buildDefaultValidatorFactory()
                .getValidator()
                .validateValue(ContractForm.class, property, value)
                .stream()
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("manager")
    void the_fields_offer_only_the_ranges_the_api_accepts() {
        ContractFormDialog dialog = newDraft("Ranges " + UUID.randomUUID());

        for (var picker : new com.vaadin.flow.component.datepicker.DatePicker[] {dialog.startDate, dialog.endDate}) {
            assertThat(picker.getMin()).isEqualTo(LocalDate.of(1900, 1, 1));
            assertThat(picker.getMax()).isEqualTo(LocalDate.of(2200, 12, 31));
            assertThat(picker.getI18n().getMinErrorMessage())
                    .isEqualTo(apiMessage("startDate", LocalDate.of(1899, 12, 31)))
                    .isEqualTo("must be a date in the years 1900 to 2200");
            assertThat(picker.isRequiredIndicatorVisible()).isTrue();
        }
        assertThat(dialog.value.getHelperText()).isEqualTo("0.00 or more, at most 2 decimals");
        assertThat(dialog.noticeDays.getMin()).isZero();
        assertThat(dialog.noticeDays.getMax()).isEqualTo(3650);
        assertThat(dialog.noticeDays.getI18n().getMaxErrorMessage())
                .isEqualTo(apiMessage("noticePeriodDays", 3651))
                .isEqualTo("must be at most 3650 days");
    }

    @Test
    @WithUserDetails("manager")
    void a_date_before_1900_or_after_2200_is_refused_on_the_field_with_the_apis_message_and_nothing_is_stored() {
        String title = "Old date " + UUID.randomUUID();
        ContractFormDialog dialog = newDraft(title);
        // as a typed date reaches the server: the picker's own range is not the only guard
        dialog.startDate.setValue(LocalDate.of(1899, 12, 31));
        test(dialog.save).click();
        assertThat(dialog.startDate.isInvalid()).isTrue();
        assertThat(dialog.startDate.getErrorMessage()).isEqualTo("must be a date in the years 1900 to 2200");

        dialog.startDate.setValue(LocalDate.now());
        dialog.endDate.setValue(LocalDate.of(2201, 1, 1));
        test(dialog.save).click();
        assertThat(dialog.endDate.isInvalid()).isTrue();
        assertThat(dialog.endDate.getErrorMessage()).isEqualTo("must be a date in the years 1900 to 2200");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored(title)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_negative_value_or_a_third_decimal_is_refused_on_the_field_with_the_apis_message_and_nothing_is_stored() {
        String title = "Negative " + UUID.randomUUID();
        ContractFormDialog dialog = newDraft(title);
        dialog.value.setValue(new BigDecimal("-0.01"));
        test(dialog.save).click();
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage())
                .isEqualTo(apiMessage("valueAmount", new BigDecimal("-0.01")))
                .isEqualTo("must not be negative");

        dialog.value.setValue(new BigDecimal("10.001"));
        test(dialog.save).click();
        assertThat(dialog.value.getErrorMessage()).isEqualTo("use at most 2 decimals");
        assertThat(stored(title)).isZero();

        dialog.value.setValue(new BigDecimal("10.00"));
        dialog.type.setValue(ContractType.SUBSCRIPTION);
        test(dialog.save).click();
        assertThat(stored(title))
                .as("the same form saves once the value is in range")
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void a_customer_outside_the_managers_book_is_refused_by_the_service_on_the_customer_field() {
        String title = "Not mine " + UUID.randomUUID();
        ContractFormDialog dialog = newDraft(title);
        var other = jdbc.queryForMap(
                "select c.id, c.name, c.external_ref from customer c join account a on a.id = c.owner_id "
                        + "where a.username <> 'manager' order by c.id limit 1");
        // as a stale list or a tampered request brings it: the picker only offers the manager's own customers
        dialog.customer.setValue(new io.portalops.customer.CustomerOption(
                ((Number) other.get("id")).longValue(), (String) other.get("name"), (String)
                        other.get("external_ref")));
        test(dialog.save).click();

        assertThat(dialog.customer.isInvalid()).isTrue();
        assertThat(dialog.customer.getErrorMessage()).isEqualTo("You cannot add contracts to this customer.");
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored(title)).isZero();
    }
}
