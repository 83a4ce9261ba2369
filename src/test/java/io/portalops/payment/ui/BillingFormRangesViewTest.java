package io.portalops.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.portalops.TestUsers;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.payment.BillingDetails;
import io.portalops.payment.BillingForm;
import io.portalops.payment.PaymentFixtures;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.Money;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The billing form shows the ranges of BillingForm's constraints, the ones the API applies (issue #18): the renewal
 * date only in the storable years, no negative amount, the notice period's bounds, a card's expiry month; a value
 * outside is refused on the field with the API's message, and nothing is saved.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class BillingFormRangesViewTest extends SpringBrowserlessTest {

    @Autowired
    PaymentRegister payments;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    BillingDetails record() {
        long slack = jdbc.queryForObject("select id from saas_service where name = 'Slack'", Long.class);
        return users.as("admin", () -> {
            long product = catalog.createProduct(
                            slack,
                            new ProductForm(
                                    "Ranges " + UUID.randomUUID().toString().substring(0, 8),
                                    LicenceModel.FLAT,
                                    0,
                                    Money.of("50.00", "EUR"),
                                    BillingCycle.ANNUAL))
                    .product()
                    .id();
            return payments.create(
                    PaymentFixtures.cardForm(product, LocalDate.now().plusDays(40), YearMonth.now()));
        });
    }

    BillingFormDialog edit(BillingDetails record) {
        UI.getCurrent().navigate(PaymentDetailView.class, record.id());
        test(((PaymentDetailView) getCurrentView()).edit).click();
        return find(BillingFormDialog.class).single();
    }

    static String apiMessage(String property, Object value) {
        return Validation.buildDefaultValidatorFactory()
                .getValidator()
                .validateValue(BillingForm.class, property, value)
                .stream()
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void the_fields_offer_only_the_ranges_the_api_accepts() {
        BillingFormDialog dialog = edit(record());

        assertThat(dialog.nextRenewal.getMin()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(dialog.nextRenewal.getMax()).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(dialog.nextRenewal.getI18n().getMaxErrorMessage())
                .isEqualTo(apiMessage("nextRenewal", LocalDate.of(2201, 1, 1)));
        assertThat(dialog.nextRenewal.getI18n().getDateFormats())
                .as("the ISO format set before is kept")
                .startsWith("yyyy-MM-dd");
        assertThat(dialog.amount.getHelperText()).isEqualTo("0.00 or more, at most 2 decimals");
        assertThat(dialog.amount.isRequiredIndicatorVisible()).isTrue();
        assertThat(dialog.noticeAmount.getMax()).isEqualTo(730);
        assertThat(dialog.noticeAmount.getI18n().getMaxErrorMessage())
                .isEqualTo("The notice period is at most 730 days (24 months).");
        assertThat(dialog.expiryMonth.getMin()).isEqualTo(1);
        assertThat(dialog.expiryMonth.getMax()).isEqualTo(12);
        assertThat(dialog.expiryMonth.getI18n().getMinErrorMessage()).isEqualTo("A month from 1 to 12.");
    }

    @Test
    @WithUserDetails("serviceadmin")
    void
            a_negative_amount_or_a_renewal_after_2200_is_refused_on_the_field_with_the_apis_message_and_nothing_is_saved() {
        BillingDetails record = record();
        BillingFormDialog dialog = edit(record);

        dialog.amount.setValue(new BigDecimal("-5.00"));
        test(dialog.save).click();
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage())
                .isEqualTo(apiMessage("amount", new BigDecimal("-5.00")))
                .isEqualTo("The amount cannot be negative.");

        dialog.amount.setValue(new BigDecimal("5.00"));
        dialog.nextRenewal.setValue(LocalDate.of(2201, 1, 1));
        test(dialog.save).click();
        assertThat(dialog.nextRenewal.isInvalid()).isTrue();
        assertThat(dialog.nextRenewal.getErrorMessage()).isEqualTo("must be a date in the years 1900 to 2200");

        assertThat(dialog.isOpened()).isTrue();
        assertThat(payments.get(record.id()).version()).as("nothing saved").isEqualTo(record.version());
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_currency_code_outside_iso_4217_is_refused_by_the_service_on_the_currency_field() {
        BillingDetails record = record();
        BillingFormDialog dialog = edit(record);

        // three capitals pass the form's own pattern: only the service knows XYZ is no currency
        dialog.currency.setValue("XYZ");
        test(dialog.save).click();

        assertThat(dialog.currency.isInvalid()).isTrue();
        assertThat(dialog.currency.getErrorMessage()).isEqualTo("XYZ is not an ISO 4217 currency code.");
        assertThat(dialog.amount.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(payments.get(record.id()).version()).as("nothing saved").isEqualTo(record.version());
    }
}
