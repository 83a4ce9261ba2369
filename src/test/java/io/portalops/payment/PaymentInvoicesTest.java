package io.portalops.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.payment.PaymentFixtures.Caller;
import io.portalops.payment.PaymentFixtures.Target;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.storage.StoredPaths;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentInvoicesTest {

    static final byte[] PNG = HexFormat.of()
            .parseHex(
                    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e3f1d40000000049454e44ae426082");
    static final byte[] ELF =
            HexFormat.of().parseHex("7f454c4602010100000000000000000002003e00010000000000000000000000");
    static final byte[] WINDOWS_EXE = ("MZ" + "\0".repeat(58) + "\u0080\0\0\0" + "\0".repeat(64) + "PE\0\0")
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] HTML =
            "<!DOCTYPE html><html><head><script>alert(document.cookie)</script></head><body>Invoice</body></html>"
                    .getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentInvoices invoices;

    @Autowired
    PaymentRegister register;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    PaymentFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new PaymentFixtures(context);
    }

    int rows(long recordId) {
        return jdbc.queryForObject(
                "select count(*) from payment_invoice where billing_record_id = ?", Integer.class, recordId);
    }

    @Test
    void an_invoice_is_stored_with_its_sha256_sanitised_name_date_and_amount_and_read_back_by_the_product_admin()
            throws Exception {
        Target target = fixtures.target();
        String serviceAdmin = fixtures.username(Caller.SERVICE_ADMIN_OF_ITS_SERVICE);
        InvoiceInfo png = users.as(
                serviceAdmin,
                () -> invoices.upload(
                        target.recordId(),
                        PaymentFixtures.invoiceForm(),
                        "../../scans/March <copy>\u0007.png",
                        new ByteArrayInputStream(PNG)));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.fileName()).isEqualTo("March copy.png");
        assertThat(png.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        assertThat(png.amount().format()).isEqualTo("EUR 1,200.00");
        assertThat(png.number()).isEqualTo("INV-2025-17");

        String productAdmin = fixtures.username(Caller.PRODUCT_ADMIN_OF_IT);
        assertThat(users.as(productAdmin, () -> invoices.list(target.recordId())))
                .extracting(InvoiceInfo::id)
                .contains(png.id(), target.invoiceId());
        InvoiceFile file = users.as(productAdmin, () -> invoices.open(target.recordId(), png.id()));
        assertThat(file.content().open().readAllBytes()).isEqualTo(PNG);
        assertThat(StoredPaths.of(file.content()).toString())
                .contains("payments")
                .doesNotContain("March");
        assertThatThrownBy(() -> users.run(
                        productAdmin, () -> invoices.open(fixtures.target().recordId(), png.id())))
                .as("an invoice is only found under its own record")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_pdf_name_with_executable_or_html_bytes_is_refused_and_nothing_is_stored() {
        Target target = fixtures.target();
        Path folder = StoredPaths.of(users.as("admin", () -> invoices.open(target.recordId(), target.invoiceId()))
                        .content())
                .getParent();
        // the test database is fresh per run but the upload directory is not: compare with what was there before
        String[] before = folder.toFile().list();
        for (byte[] spoofed : new byte[][] {ELF, WINDOWS_EXE, HTML}) {
            assertThatThrownBy(() -> users.run(
                            "admin",
                            () -> invoices.upload(
                                    target.recordId(),
                                    PaymentFixtures.invoiceForm(),
                                    "invoice.pdf",
                                    new ByteArrayInputStream(spoofed))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("whatever its name says");
        }
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> invoices.upload(
                                target.recordId(),
                                PaymentFixtures.invoiceForm(),
                                "empty.pdf",
                                new ByteArrayInputStream(new byte[0]))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rows(target.recordId())).isEqualTo(1);
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder(before);
    }

    @Test
    void a_card_number_as_file_name_or_invoice_number_is_refused() {
        Target target = fixtures.target();
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> invoices.upload(
                                target.recordId(),
                                PaymentFixtures.invoiceForm(),
                                "4111 1111 1111 1111.pdf",
                                new ByteArrayInputStream(PaymentFixtures.PDF))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("full card number");
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> invoices.upload(
                                target.recordId(),
                                new InvoiceForm(
                                        java.time.LocalDate.now(), java.math.BigDecimal.ONE, "EUR", "4111111111111111"),
                                "ok.pdf",
                                new ByteArrayInputStream(PaymentFixtures.PDF))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(rows(target.recordId())).isEqualTo(1);
    }

    @Test
    void removing_an_invoice_or_its_record_removes_the_files_after_commit() {
        Target target = fixtures.target();
        Path first = StoredPaths.of(users.as("admin", () -> invoices.open(target.recordId(), target.invoiceId()))
                .content());
        InvoiceInfo second = users.as(
                "admin",
                () -> invoices.upload(
                        target.recordId(),
                        PaymentFixtures.invoiceForm(),
                        "b.pdf",
                        new ByteArrayInputStream(PaymentFixtures.PDF)));
        Path secondPath = StoredPaths.of(users.as("admin", () -> invoices.open(target.recordId(), second.id()))
                .content());

        users.run(
                fixtures.username(Caller.SERVICE_ADMIN_OF_ITS_SERVICE),
                () -> invoices.delete(target.recordId(), target.invoiceId()));
        assertThat(first).doesNotExist();
        assertThat(secondPath).exists();

        users.run("admin", () -> register.delete(target.recordId(), 0));
        assertThat(secondPath).doesNotExist();
        assertThat(rows(target.recordId())).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from payment_invoice_aud where billing_record_id = ? and revtype = 2",
                        Integer.class,
                        target.recordId()))
                .as("removals stay on record")
                .isEqualTo(2);
    }
}
