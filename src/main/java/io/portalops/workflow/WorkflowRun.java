package io.portalops.workflow;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * One person's onboarding or offboarding. The person's name is copied (and refreshed on every change of the person)
 * so that the task list filters and sorts without reading the directory's tables. The target date is the start
 * date (onboarding) or the end date (offboarding).
 */
@Entity
@Table(name = "workflow_run")
@Audited
class WorkflowRun extends AbstractEntity {

    private long personId;
    private String personName;

    @Enumerated(EnumType.STRING)
    private RunKind kind;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    private LocalDate targetDate;

    @NotAudited
    private Instant createdAt;

    private @Nullable Instant closedAt;

    protected WorkflowRun() {}

    WorkflowRun(long personId, String personName, RunKind kind, LocalDate targetDate, Instant now) {
        this.personId = personId;
        this.personName = personName;
        this.kind = kind;
        this.status = RunStatus.OPEN;
        this.targetDate = targetDate;
        this.createdAt = now;
    }

    void follow(String personName, LocalDate targetDate) {
        this.personName = personName;
        this.targetDate = targetDate;
    }

    void close(RunStatus outcome, Instant now) {
        if (status != RunStatus.OPEN || outcome == RunStatus.OPEN) {
            throw new IllegalStateException("Only an open run closes");
        }
        this.status = outcome;
        this.closedAt = now;
    }

    long getPersonId() {
        return personId;
    }

    String getPersonName() {
        return personName;
    }

    RunKind getKind() {
        return kind;
    }

    RunStatus getStatus() {
        return status;
    }

    LocalDate getTargetDate() {
        return targetDate;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getClosedAt() {
        return closedAt;
    }
}
