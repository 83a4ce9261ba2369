package io.portalops.workflow;

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

/**
 * Grant or revoke one product for the run's person. {@code grantId} is the grant to revoke (offboarding) or, once
 * done, the grant made or activated (onboarding). The note holds the evidence of a done task or the reason of a
 * skipped one; who closed it and when are kept beside it.
 */
@Entity
@Table(name = "workflow_task")
@Audited
class WorkflowTask extends AbstractEntity {

    private long runId;
    private long personId;
    private long productId;

    @Enumerated(EnumType.STRING)
    private TaskKind kind;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private LocalDate dueDate;
    private @Nullable Long grantId;
    private @Nullable String note;
    private @Nullable Long closedBy;
    private @Nullable Instant closedAt;
    /** What the task was made for outside the workflow, e.g. {@code access-review-item:42}; told back on closing. */
    private @Nullable String reference;

    @NotAudited
    private Instant createdAt;

    /** A reclaim's saving a month (the seat's cost), set once when proposed; null for other tasks. */
    @NotAudited
    private @Nullable BigDecimal savingAmount;

    @NotAudited
    private @Nullable String savingCurrency;

    protected WorkflowTask() {}

    /** A revoke task of a reclaim run, with the money a month the seat costs. */
    WorkflowTask(WorkflowRun run, long productId, long grantId, LocalDate dueDate, Money saving, Instant now) {
        this(run, productId, grantId, dueDate, now);
        this.savingAmount = saving.amount();
        this.savingCurrency = saving.currency();
    }

    WorkflowTask(WorkflowRun run, long productId, @Nullable Long grantId, LocalDate dueDate, Instant now) {
        this.runId = run.getId();
        this.personId = run.getPersonId();
        this.productId = productId;
        this.kind = run.getKind().taskKind();
        this.status = TaskStatus.OPEN;
        this.grantId = grantId;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    WorkflowTask(WorkflowRun run, long productId, long grantId, LocalDate dueDate, String reference, Instant now) {
        this(run, productId, grantId, dueDate, now);
        this.reference = reference;
    }

    @Nullable
    String getReference() {
        return reference;
    }

    boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    void reschedule(LocalDate due) {
        this.dueDate = due;
    }

    void close(TaskStatus outcome, String note, @Nullable Long grantId, @Nullable Long by, Instant now) {
        if (status != TaskStatus.OPEN || outcome == TaskStatus.OPEN) {
            throw new IllegalStateException("Only an open task closes");
        }
        this.status = outcome;
        this.note = note;
        if (grantId != null) {
            this.grantId = grantId;
        }
        this.closedBy = by;
        this.closedAt = now;
    }

    @Nullable
    Money getSaving() {
        return savingAmount == null || savingCurrency == null ? null : new Money(savingAmount, savingCurrency);
    }

    long getRunId() {
        return runId;
    }

    long getPersonId() {
        return personId;
    }

    long getProductId() {
        return productId;
    }

    TaskKind getKind() {
        return kind;
    }

    TaskStatus getStatus() {
        return status;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    @Nullable
    Long getGrantId() {
        return grantId;
    }

    @Nullable
    String getNote() {
        return note;
    }

    @Nullable
    Long getClosedBy() {
        return closedBy;
    }

    @Nullable
    Instant getClosedAt() {
        return closedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
