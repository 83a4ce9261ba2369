package io.portalops.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import io.portalops.TestUsers;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.payment.BillingDetails;
import io.portalops.payment.CardNumbers;
import io.portalops.payment.PaymentFixtures;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.Money;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A billing record's detail: edit through the dialog, a card number refused, invoices added and refused, delete. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class PaymentDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    PaymentRegister payments;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    /** A fresh product of Slack (which the demo service admin runs) with a card-paid record. */
    BillingDetails slackRecord() {
        long slack = jdbc.queryForObject("select id from saas_service where name = 'Slack'", Long.class);
        return users.as("admin", () -> {
            long product = catalog.createProduct(
                            slack,
                            new ProductForm(
                                    "Huddles " + UUID.randomUUID().toString().substring(0, 8),
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

    PaymentDetailView open(long id) {
        UI.getCurrent().navigate(PaymentDetailView.class, id);
        return (PaymentDetailView) getCurrentView();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void the_service_admin_sees_the_card_in_clear_and_edits_the_record_but_a_card_number_is_refused_on_the_field() {
        BillingDetails record = slackRecord();
        PaymentDetailView view = open(record.id());
        assertThat(view.title.getText()).endsWith(record.productName());
        assertThat(find(Span.class, view.badges).withClassName("renewal-badge").exists())
                .isTrue();
        assertThat(find(Span.class, view.badges).withClassName("card-badge").exists())
                .isTrue();
        assertThat(find(Span.class, view.facts).all())
                .extracting(Span::getText)
                .contains(record.card().expiry(), "Jane Doe", "Visa •••• 4242");

        test(view.edit).click();
        BillingFormDialog dialog = find(BillingFormDialog.class).single();
        test(dialog.poNumber).setValue("4111 1111 1111 1111");
        test(dialog.save).click();
        assertThat(dialog.poNumber.isInvalid()).isTrue();
        assertThat(dialog.poNumber.getErrorMessage()).isEqualTo(CardNumbers.REFUSAL);
        assertThat(payments.get(record.id()).version()).as("nothing saved").isEqualTo(record.version());

        test(dialog.poNumber).setValue("PO-77");
        test(dialog.amount).setValue(new BigDecimal("1500.00"));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        BillingDetails saved = payments.get(record.id());
        assertThat(saved.poNumber()).isEqualTo("PO-77");
        assertThat(saved.amount().amount()).isEqualByComparingTo("1500.00");
        assertThat(find(Span.class, view.facts).all()).extracting(Span::getText).contains("PO-77");

        test(view.tabs).select("History");
        roundTrip();
        assertThat(view.history.grid.getGenericDataView().getItems()).anySatisfy(row -> {
            assertThat(row.field()).isEqualTo("PO number");
            assertThat(row.newValue()).isEqualTo("PO-77");
        });
    }

    @Test
    @WithUserDetails("serviceadmin")
    void an_invoice_is_added_with_its_details_and_a_spoofed_pdf_is_refused() throws Exception {
        BillingDetails record = slackRecord();
        PaymentDetailView view = open(record.id());
        test(view.tabs).select("Invoices");
        roundTrip();
        InvoicesPanel panel = view.invoicesPanel;
        assertThat(panel.isAttached()).isTrue();
        assertThat(panel.add.isEnabled()).isFalse();

        File pdf = Files.createTempFile("invoice", ".pdf").toFile();
        Files.write(pdf.toPath(), PaymentFixtures.PDF);
        panel.received("March invoice.pdf", pdf.toPath());
        test(panel.number).setValue("INV-9");
        test(panel.add).click();
        assertThat(panel.grid.getGenericDataView().getItems())
                .extracting(i -> i.fileName() + " " + i.number())
                .containsExactly("March invoice.pdf INV-9");
        assertThat(pdf).as("the temporary file is gone").doesNotExist();

        File html = Files.createTempFile("spoof", ".pdf").toFile();
        Files.writeString(html.toPath(), "<html><body><script>alert(1)</script></body></html>");
        panel.received("invoice.pdf", html.toPath());
        test(panel.add).click();
        assertThat(panel.grid.getGenericDataView().getItems()).hasSize(1);
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_new_record_is_created_for_a_product_without_one_and_deleting_it_returns_to_the_list() {
        long slack = jdbc.queryForObject("select id from saas_service where name = 'Slack'", Long.class);
        String name = "Canvas " + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> catalog.createProduct(
                        slack,
                        new ProductForm(name, LicenceModel.FLAT, 0, Money.of("9.00", "EUR"), BillingCycle.MONTHLY)));
        PaymentsView list = navigate(PaymentsView.class);
        test(list.create).click();
        BillingFormDialog dialog = find(BillingFormDialog.class).single();
        test(dialog.product).selectItem("Slack · " + name);
        test(dialog.amount).setValue(new BigDecimal("9.00"));
        test(dialog.cycle).selectItem("Monthly");
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(PaymentDetailView.class);
        PaymentDetailView view = (PaymentDetailView) getCurrentView();
        assertThat(view.current.productName()).isEqualTo(name);
        assertThat(view.current.card()).isNull();

        test(view.delete).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(PaymentsView.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_record where id = ?", Integer.class, view.current.id()))
                .isZero();
    }
}
