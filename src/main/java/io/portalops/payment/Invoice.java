package io.portalops.payment;

import io.portalops.shared.AbstractEntity;
import io.portalops.shared.files.StoredFile;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An invoice file of a billing record; immutable once stored, audited so that a removal stays on record. */
@Entity
@Table(name = "payment_invoice")
@Audited
class Invoice extends AbstractEntity {

    private long billingRecordId;
    private @Nullable String invoiceNumber;
    private LocalDate invoiceDate;
    private BigDecimal amount;
    private String currency;

    @Embedded
    private StoredFile file;

    private long uploadedBy;
    private Instant uploadedAt;

    protected Invoice() {}

    Invoice(long billingRecordId, InvoiceForm form, StoredFile file, long uploadedBy, Instant uploadedAt) {
        this.billingRecordId = billingRecordId;
        this.invoiceNumber = form.number();
        this.invoiceDate = form.invoiceDate();
        this.amount = form.amount();
        this.currency = form.currency();
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long getBillingRecordId() {
        return billingRecordId;
    }

    @Nullable
    String getInvoiceNumber() {
        return invoiceNumber;
    }

    LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    StoredFile getFile() {
        return file;
    }

    long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
