package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * The billing record of one product. Card holder and expiry hold ciphertext (FieldCipher); {@link CardData} encrypts and
 * decrypts them. The cancellation deadline is derived from the renewal and the notice period, and stored so that
 * lists and reminder jobs can select by it.
 */
@Entity
@Table(name = "billing_record")
@Audited
class BillingRecord extends AbstractEntity {

    private long productId;

    @Enumerated(EnumType.STRING)
    private BillingCycle billingCycle;

    private BigDecimal amount;
    private String currency;
    private LocalDate nextRenewal;
    private boolean autoRenew;
    private int noticeAmount;

    @Enumerated(EnumType.STRING)
    private NoticeUnit noticeUnit;

    private LocalDate cancellationDeadline;
    private @Nullable String poNumber;

    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;

    private @Nullable String cardHolderEnc;

    @Enumerated(EnumType.STRING)
    private @Nullable CardBrand cardBrand;

    private @Nullable String cardLast4;
    private @Nullable String cardExpiryEnc;
    private @Nullable String notes;
    private Instant createdAt;
    private @Nullable Instant reviewedAt;
    private @Nullable Long reviewedBy;

    @NotAudited
    private Instant updatedAt;

    protected BillingRecord() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    BillingRecord(long productId, Instant now) {
        this.productId = productId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Everything but the encrypted card fields, which {@link CardData} sets only when they changed. */
    void edit(BillingForm form, Instant now) {
        this.billingCycle = form.cycle();
        this.amount = form.amount();
        this.currency = form.currency();
        this.nextRenewal = form.nextRenewal();
        this.autoRenew = form.autoRenew();
        this.noticeAmount = form.noticeAmount();
        this.noticeUnit = form.noticeUnit();
        this.cancellationDeadline = form.notice().deadlineFor(form.nextRenewal());
        this.poNumber = form.poNumber();
        this.paymentMethod = form.method();
        this.cardBrand = form.method() == PaymentMethod.CARD ? form.cardBrand() : null;
        this.cardLast4 = form.method() == PaymentMethod.CARD ? form.cardLast4() : null;
        this.notes = form.notes();
        this.updatedAt = now;
        // a review speaks of the terms it saw: new terms need a new one
        this.reviewedAt = null;
        this.reviewedBy = null;
    }

    void markReviewed(long accountId, Instant now) {
        this.reviewedAt = now;
        this.reviewedBy = accountId;
        this.updatedAt = now;
    }

    void changeCardHolder(@Nullable String ciphertext) {
        this.cardHolderEnc = ciphertext;
    }

    void changeCardExpiry(@Nullable String ciphertext) {
        this.cardExpiryEnc = ciphertext;
    }

    long getProductId() {
        return productId;
    }

    BillingCycle getBillingCycle() {
        return billingCycle;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    LocalDate getNextRenewal() {
        return nextRenewal;
    }

    boolean isAutoRenew() {
        return autoRenew;
    }

    NoticePeriod getNotice() {
        return new NoticePeriod(noticeAmount, noticeUnit);
    }

    LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    @Nullable
    String getPoNumber() {
        return poNumber;
    }

    PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    @Nullable
    String getCardHolderEnc() {
        return cardHolderEnc;
    }

    @Nullable
    CardBrand getCardBrand() {
        return cardBrand;
    }

    @Nullable
    String getCardLast4() {
        return cardLast4;
    }

    @Nullable
    String getCardExpiryEnc() {
        return cardExpiryEnc;
    }

    @Nullable
    String getNotes() {
        return notes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getReviewedAt() {
        return reviewedAt;
    }

    @Nullable
    Long getReviewedBy() {
        return reviewedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
