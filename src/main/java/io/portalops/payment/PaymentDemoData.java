package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import io.portalops.shared.files.StoredFile;
import io.portalops.shared.files.UploadedFiles;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every demo product a billing record when there are none, relative to today so that the Payments view shows
 * renewals inside their notice window and cards about to expire on first run: Gmail's deadline is two weeks away and
 * Slack Business+ is paid with a card that expires this month, for the demo service admin. Deterministic.
 */
@Component
@Profile("demo")
@Order(42)
class PaymentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PaymentDemoData.class);
    private static final String[] HOLDERS = {
        "Alex Morgan",
        "Sam Serviceadmin",
        "Priya Natarajan",
        "Jonas Weber",
        "Lea Dubois",
        "Mateo García",
        "Aiko Tanaka",
        "Olivia Brown",
        "Noah Fischer",
        "Emma Johansson"
    };
    private static final CardBrand[] BRANDS = {
        CardBrand.VISA, CardBrand.VISA, CardBrand.MASTERCARD, CardBrand.MASTERCARD, CardBrand.AMEX
    };
    private static final String[] NOTES = {
        "Budget owner: Finance.",
        "Price locked until the next renewal.",
        "Vendor asked for a multi-year deal; not agreed.",
        "Cost centre 4100."
    };

    private final BillingRecordRepository records;
    private final InvoiceRepository invoices;
    private final CardData cards;
    private final UploadedFiles files;
    private final SaasCatalog catalog;
    private final AccountService accounts;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentDemoData(
            BillingRecordRepository records,
            InvoiceRepository invoices,
            CardData cards,
            UploadedFiles files,
            SaasCatalog catalog,
            AccountService accounts,
            TransactionTemplate tx,
            Clock clock) {
        this.records = records;
        this.invoices = invoices;
        this.cards = cards;
        this.files = files;
        this.catalog = catalog;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (records.count() > 0) {
            return;
        }
        List<ProductRef> products = catalog.allRefsUnscoped().values().stream()
                .sorted(Comparator.comparingLong(ProductRef::id))
                .toList();
        List<AccountSummary> admins = accounts.withRole(Role.ADMIN);
        if (products.isEmpty() || admins.isEmpty()) {
            return;
        }
        int created = tx.execute(status -> seed(products, admins.getFirst().id()));
        log.info("Demo data: {} billing records", created);
    }

    private int seed(List<ProductRef> products, long uploader) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(clock);
        int invoiceCount = 0;
        for (ProductRef product : products) {
            BillingForm form = form(product, random, today);
            BillingRecord record = new BillingRecord(product.id(), clock.instant());
            record.edit(form, clock.instant());
            cards.apply(record, form);
            record = records.save(record);
            if (form.cycle() == BillingCycle.ANNUAL && invoiceCount < 40) {
                int count = 1 + random.nextInt(2);
                for (int back = 1; back <= count; back++) {
                    invoice(record, form, form.nextRenewal().minusYears(back), uploader);
                    invoiceCount++;
                }
            }
        }
        return products.size();
    }

    private BillingForm form(ProductRef product, Random random, LocalDate today) {
        boolean annual = product.billingCycle() == BillingCycle.ANNUAL;
        int seats = product.licenceModel() == LicenceModel.PER_SEAT ? 10 + random.nextInt(30) * 10 : 1;
        BigDecimal amount = product.cost().amount().multiply(BigDecimal.valueOf(seats));
        // the deadline is drawn first, so that few lie in the past: a register that is looked after
        NoticePeriod notice = annual
                ? (random.nextBoolean()
                        ? NoticePeriod.months(1 + random.nextInt(3))
                        : NoticePeriod.days(30 * (1 + random.nextInt(3))))
                : NoticePeriod.days(random.nextInt(4) == 0 ? 14 : 0);
        LocalDate deadline = annual
                ? today.plusDays(random.nextInt(25) == 0 ? -3 : 3 + random.nextInt(330))
                : today.plusDays(1 + random.nextInt(notice.amount() == 0 ? 30 : 16));
        LocalDate renewal = notice.unit() == NoticeUnit.MONTHS
                ? deadline.plusMonths(notice.amount())
                : deadline.plusDays(notice.amount());
        boolean card = random.nextInt(100) < 65;
        YearMonth expiry =
                YearMonth.from(today).plusMonths(random.nextInt(12) == 0 ? random.nextInt(2) : 2 + random.nextInt(46));
        if (product.name().equals("Gmail")) {
            renewal = today.plusDays(45);
            notice = NoticePeriod.months(1);
        }
        if (product.name().equals("Slack Business+")) {
            card = true;
            expiry = YearMonth.from(today);
        }
        String po = random.nextInt(10) < 6 ? "PO-%d-%05d".formatted(today.getYear(), random.nextInt(100_000)) : null;
        String notes = random.nextInt(5) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
        return new BillingForm(
                product.id(),
                product.billingCycle(),
                amount,
                product.cost().currency(),
                renewal,
                random.nextInt(10) < 8,
                notice.amount(),
                notice.unit(),
                po,
                card ? PaymentMethod.CARD : PaymentMethod.INVOICE,
                card ? HOLDERS[random.nextInt(HOLDERS.length)] : null,
                card ? BRANDS[random.nextInt(BRANDS.length)] : null,
                card ? "%04d".formatted(random.nextInt(10_000)) : null,
                card ? expiry.getMonthValue() : null,
                card ? expiry.getYear() : null,
                notes,
                null);
    }

    private void invoice(BillingRecord record, BillingForm form, LocalDate date, long uploader) {
        String number = "INV-%d-%04d".formatted(date.getYear(), record.getId());
        byte[] pdf = ("%PDF-1.4\n% PortalOps demo invoice\n1 0 obj << /Type /Catalog >> endobj\n% " + number + " "
                        + form.amount() + " " + form.currency() + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        StoredFile file =
                files.store(InvoiceFiles.folder(record.getId()), number + ".pdf", new ByteArrayInputStream(pdf));
        invoices.save(new Invoice(
                record.getId(),
                new InvoiceForm(date, form.amount(), form.currency(), number),
                file,
                uploader,
                clock.instant()));
    }
}
