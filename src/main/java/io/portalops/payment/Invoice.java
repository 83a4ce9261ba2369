package io.portalops.payment;

import io.portalops.shared.AbstractEntity;
import io.portalops.shared.files.StoredFile;
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
    private String originalName;
    private String storedName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private long uploadedBy;
    private Instant uploadedAt;

    protected Invoice() {
    }

    Invoice(long billingRecordId, InvoiceForm form, StoredFile file, long uploadedBy, Instant uploadedAt) {
        this.billingRecordId = billingRecordId;
        this.invoiceNumber = form.number();
        this.invoiceDate = form.invoiceDate();
        this.amount = form.amount();
        this.currency = form.currency();
        this.originalName = file.displayName();
        this.storedName = file.storedName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long getBillingRecordId() {
        return billingRecordId;
    }

    @Nullable String getInvoiceNumber() {
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

    String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
