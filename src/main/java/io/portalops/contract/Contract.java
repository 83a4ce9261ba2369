package io.portalops.contract;

import io.portalops.shared.AbstractEntity;
import io.portalops.shared.Money;
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

@Entity
@Table(name = "contract")
@Audited
class Contract extends AbstractEntity {

    private String number;
    private long customerId;
    private String title;

    @Enumerated(EnumType.STRING)
    private ContractType type;

    private BigDecimal valueAmount;
    private String valueCurrency;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean autoRenew;
    private int noticePeriodDays;
    private long ownerId;

    @Enumerated(EnumType.STRING)
    private ContractStatus status = ContractStatus.DRAFT;

    private @Nullable Long submittedBy;
    private @Nullable Instant submittedAt;
    private int approvalRound;
    private int requiredApprovals = 1;
    private boolean flagged;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected Contract() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    Contract(String number, long customerId, long ownerId, Instant now) {
        this.number = number;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(
            String title,
            ContractType type,
            Money value,
            LocalDate startDate,
            LocalDate endDate,
            boolean autoRenew,
            int noticePeriodDays,
            Instant now) {
        this.title = title;
        this.type = type;
        this.valueAmount = value.amount();
        this.valueCurrency = value.currency();
        this.startDate = startDate;
        this.endDate = endDate;
        this.autoRenew = autoRenew;
        this.noticePeriodDays = noticePeriodDays;
        this.updatedAt = now;
    }

    /** Moves along the lifecycle table; refuses anything the table does not allow. */
    void apply(LifecycleAction action, Instant now) {
        this.status = ContractLifecycle.require(status, action);
        this.updatedAt = now;
    }

    void submit(long submitter, int requiredApprovals, Instant now) {
        apply(LifecycleAction.SUBMIT, now);
        this.submittedBy = submitter;
        this.submittedAt = now;
        this.approvalRound++;
        this.requiredApprovals = requiredApprovals;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void markFlagged(boolean flagged, Instant now) {
        this.flagged = flagged;
        this.updatedAt = now;
    }

    void changeOwner(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    String getNumber() {
        return number;
    }

    long getCustomerId() {
        return customerId;
    }

    String getTitle() {
        return title;
    }

    ContractType getType() {
        return type;
    }

    Money getValue() {
        return new Money(valueAmount, valueCurrency);
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    boolean isAutoRenew() {
        return autoRenew;
    }

    int getNoticePeriodDays() {
        return noticePeriodDays;
    }

    /** The last day notice can be given: the end date minus the notice period. */
    LocalDate getCancellationDeadline() {
        return endDate.minusDays(noticePeriodDays);
    }

    long getOwnerId() {
        return ownerId;
    }

    ContractStatus getStatus() {
        return status;
    }

    @Nullable
    Long getSubmittedBy() {
        return submittedBy;
    }

    @Nullable
    Instant getSubmittedAt() {
        return submittedAt;
    }

    int getApprovalRound() {
        return approvalRound;
    }

    int getRequiredApprovals() {
        return requiredApprovals;
    }

    boolean isFlagged() {
        return flagged;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
