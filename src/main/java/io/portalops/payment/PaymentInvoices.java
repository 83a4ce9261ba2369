package io.portalops.payment;

import io.portalops.inventory.SaasScope;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Money;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.files.StoredFile;
import io.portalops.shared.files.UploadedFiles;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Invoices of a billing record: PDF or image files recognised from their bytes ({@link UploadedFiles}), with their
 * date, amount and SHA-256. Whoever may read the record may list and download its invoices (a product admin too);
 * uploading and removing need write access to the record.
 */
@Service
@Validated
public class PaymentInvoices {

    private final InvoiceRepository invoices;
    private final BillingAccess access;
    private final UploadedFiles files;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentInvoices(
            InvoiceRepository invoices,
            BillingAccess access,
            UploadedFiles files,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invoices = invoices;
        this.access = access;
        this.files = files;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(PaymentRegister.READERS)
    @Transactional(readOnly = true)
    public List<InvoiceInfo> list(long billingRecordId) {
        BillingRecord record = access.readable(billingRecordId, access.scope());
        List<Invoice> rows = invoices.findByBillingRecordIdOrderByInvoiceDateDescIdDesc(record.getId());
        Map<Long, AccountSummary> people =
                accounts.summaries(rows.stream().map(Invoice::getUploadedBy).collect(Collectors.toSet()));
        return rows.stream().map(i -> info(i, people)).toList();
    }

    /** Stores an invoice file with its details. A refused file or form leaves nothing behind. */
    @PreAuthorize(PaymentRegister.WRITERS)
    @Transactional
    public InvoiceInfo upload(long billingRecordId, @Valid InvoiceForm form, String fileName, InputStream content) {
        SaasScope scope = access.scope();
        BillingRecord record = access.writable(billingRecordId, scope);
        BillingRules.currency(form.currency());
        if (CardNumbers.containsCardNumber(fileName)) {
            throw new InvalidInputException("file", CardNumbers.REFUSAL);
        }
        CurrentUser user = access.user();
        StoredFile file = files.store(InvoiceFiles.folder(record.getId()), fileName, content);
        Invoice saved =
                invoices.saveAndFlush(new Invoice(record.getId(), form, file, user.accountId(), clock.instant()));
        events.publishEvent(new InvoiceUploaded(
                saved.getId(),
                record.getId(),
                record.getProductId(),
                saved.getFile().sha256(),
                user.accountId()));
        return info(saved, accounts.summaries(Set.of(user.accountId())));
    }

    @PreAuthorize(PaymentRegister.READERS)
    @Transactional(readOnly = true)
    public InvoiceFile open(long billingRecordId, long invoiceId) {
        BillingRecord record = access.readable(billingRecordId, access.scope());
        Invoice invoice = visible(record, invoiceId);
        return new InvoiceFile(
                info(invoice, accounts.summaries(Set.of(invoice.getUploadedBy()))),
                files.content(
                        InvoiceFiles.folder(record.getId()), invoice.getFile().storedName()));
    }

    /** Removes an invoice; its file goes once the removal commits. */
    @PreAuthorize(PaymentRegister.WRITERS)
    @Transactional
    public void delete(long billingRecordId, long invoiceId) {
        BillingRecord record = access.writable(billingRecordId, access.scope());
        Invoice invoice = visible(record, invoiceId);
        invoices.delete(invoice);
        invoices.flush();
        files.delete(InvoiceFiles.folder(record.getId()), invoice.getFile().storedName());
        events.publishEvent(new InvoiceDeleted(
                invoiceId,
                record.getId(),
                record.getProductId(),
                invoice.getFile().sha256(),
                access.user().accountId()));
    }

    private Invoice visible(BillingRecord record, long invoiceId) {
        return invoices.findByIdAndBillingRecordId(invoiceId, record.getId())
                .orElseThrow(() -> new NotFoundException("Invoice"));
    }

    private static InvoiceInfo info(Invoice i, Map<Long, AccountSummary> people) {
        AccountSummary by = people.get(i.getUploadedBy());
        StoredFile file = i.getFile();
        return new InvoiceInfo(
                i.getId(),
                i.getBillingRecordId(),
                i.getInvoiceNumber(),
                i.getInvoiceDate(),
                new Money(i.getAmount(), i.getCurrency()),
                file.displayName(),
                file.contentType(),
                file.sizeBytes(),
                file.sha256(),
                by == null ? "#" + i.getUploadedBy() : by.displayName(),
                i.getUploadedAt());
    }
}
