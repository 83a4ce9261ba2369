package io.portalops.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.payment.PaymentFixtures.Caller;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Billing changes and invoices reach the hash-chained audit log, with the caller as actor and the record as target. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentAuditTrailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRegister register;

    @Autowired
    PaymentInvoices invoices;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    PaymentFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new PaymentFixtures(context);
    }

    List<Map<String, Object>> entries(String targetType, long targetId) {
        return jdbc.queryForList(
                "select action, actor_type, actor_name, details::text as details from audit_log "
                        + "where target_type = ? and target_id = ? order by seq",
                targetType,
                Long.toString(targetId));
    }

    @Test
    void creating_changing_and_deleting_a_billing_record_each_put_one_entry_on_the_audit_log_by_the_caller() {
        String serviceAdmin = fixtures.username(Caller.SERVICE_ADMIN_OF_ITS_SERVICE);
        long product = fixtures.newProduct();

        BillingDetails created = users.as(
                serviceAdmin,
                () -> register.create(PaymentFixtures.cardForm(
                        product, LocalDate.now().plusDays(60), YearMonth.now().plusYears(1))));
        BillingDetails changed = users.as(
                serviceAdmin,
                () -> register.update(
                        created.id(),
                        PaymentFixtures.invoiceForm(product, created.nextRenewal())
                                .withVersion(created.version())));
        users.run(serviceAdmin, () -> register.delete(created.id(), changed.version()));

        List<Map<String, Object>> log = entries("billing_record", created.id());
        assertThat(log)
                .extracting(e -> e.get("action"))
                .containsExactly("billing.created", "billing.updated", "billing.deleted");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.get("actor_type")).isEqualTo("ACCOUNT");
            assertThat(e.get("actor_name")).isEqualTo(serviceAdmin);
            assertThat((String) e.get("details")).contains("\"productId\": " + product);
        });
    }

    @Test
    void uploading_and_deleting_an_invoice_are_on_the_audit_log_with_the_file_hash() {
        PaymentFixtures.Target target = fixtures.target();
        String serviceAdmin = fixtures.username(Caller.SERVICE_ADMIN_OF_ITS_SERVICE);

        InvoiceInfo uploaded = users.as(
                serviceAdmin,
                () -> invoices.upload(
                        target.recordId(),
                        PaymentFixtures.invoiceForm(),
                        "audited.pdf",
                        new ByteArrayInputStream(PaymentFixtures.PDF)));
        users.run(serviceAdmin, () -> invoices.delete(target.recordId(), uploaded.id()));

        List<Map<String, Object>> log = entries("invoice", uploaded.id());
        assertThat(log).extracting(e -> e.get("action")).containsExactly("invoice.uploaded", "invoice.deleted");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.get("actor_name")).isEqualTo(serviceAdmin);
            assertThat((String) e.get("details"))
                    .contains("\"sha256\": \"" + uploaded.sha256() + "\"")
                    .contains("\"billingRecordId\": " + target.recordId());
        });
    }
}
