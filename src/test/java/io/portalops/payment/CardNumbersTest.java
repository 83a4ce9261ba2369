package io.portalops.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.inventory.BillingCycle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full card numbers are recognised in free text and refused in every text field of the forms; no Spring. */
class CardNumbersTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest(name = "PAN: \"{0}\"")
    @ValueSource(
            strings = {
                "4111111111111111",
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "5500 0000 0000 0004",
                "3782 822463 10005",
                "4222222222222",
                "6011111111111117",
                "6304 0000 0000 0000 018",
                "card 4111 1111 1111 1111 exp 03/27",
                "PO4111111111111111",
                "4111 1111 1111 1111 2026",
                "ref 12 4111-1111-1111-1111"
            })
    void luhn_valid_numbers_of_13_to_19_digits_are_card_numbers_with_or_without_separators(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isTrue();
    }

    @ParameterizedTest(name = "not a PAN: \"{0}\"")
    @ValueSource(
            strings = {
                "4111111111111112",
                "4111 1111 1111 1112",
                "PO-2025-000123",
                "4500012345",
                "1234",
                "411111111111",
                "",
                "Invoice 2025-03-01 EUR 1,200.00",
                "41111111111111111111",
                "4111  1111  1111  1111",
                "4111_1111_1111_1111"
            })
    void other_numbers_are_not_card_numbers(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isFalse();
    }

    @Test
    void a_luhn_invalid_16_digit_purchase_order_number_is_accepted() {
        assertThat(violations(form("1234567812345678", null))).isEmpty();
    }

    @Test
    void every_text_field_of_the_billing_form_refuses_a_card_number_and_names_the_field() {
        List<String> textFields = Arrays.stream(BillingForm.class.getRecordComponents())
                .filter(c -> c.getType() == String.class)
                .map(RecordComponent::getName)
                .toList();
        assertThat(textFields).contains("poNumber", "cardHolder", "notes", "currency", "cardLast4");
        for (String field : textFields) {
            Set<ConstraintViolation<BillingForm>> violations =
                    VALIDATOR.validate(withText(field, "4111 1111 1111 1111"));
            assertThat(violations).as(field).anySatisfy(v -> {
                assertThat(v.getPropertyPath().toString()).isEqualTo(field);
                assertThat(v.getMessage()).isEqualTo(CardNumbers.REFUSAL);
            });
        }
    }

    @Test
    void the_invoice_form_refuses_a_card_number_as_invoice_number() {
        var violations =
                VALIDATOR.validate(new InvoiceForm(LocalDate.now(), BigDecimal.TEN, "EUR", "4111-1111-1111-1111"));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("number");
        assertThat(VALIDATOR.validate(new InvoiceForm(LocalDate.now(), BigDecimal.TEN, "EUR", "INV-4111111111111112")))
                .isEmpty();
    }

    static BillingForm form(String poNumber, String notes) {
        return new BillingForm(
                1L,
                BillingCycle.ANNUAL,
                new BigDecimal("1200.00"),
                "EUR",
                LocalDate.of(2026, 3, 31),
                true,
                1,
                NoticeUnit.MONTHS,
                poNumber,
                PaymentMethod.CARD,
                "Jane Doe",
                CardBrand.VISA,
                "1111",
                3,
                2027,
                notes,
                null);
    }

    /** A valid form with one text field set to the given text. */
    static BillingForm withText(String field, String text) {
        List<Object> values = new ArrayList<>();
        BillingForm base = form("PO-1", "notes");
        for (RecordComponent component : BillingForm.class.getRecordComponents()) {
            try {
                values.add(
                        component.getName().equals(field)
                                ? text
                                : component.getAccessor().invoke(base));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return (BillingForm) BillingForm.class.getDeclaredConstructors()[0].newInstance(values.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> violations(BillingForm form) {
        return VALIDATOR.validate(form).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
