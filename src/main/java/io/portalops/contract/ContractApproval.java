package io.portalops.contract;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One decision on one approval level of one submission round. Never updated. */
@Entity
@Table(name = "contract_approval")
@Audited
class ContractApproval extends AbstractEntity {

    private long contractId;
    private int round;
    private int level;
    private long approverId;

    @Enumerated(EnumType.STRING)
    private ApprovalDecision decision;

    private @Nullable String comment;
    private Instant decidedAt;

    protected ContractApproval() {}

    ContractApproval(
            long contractId,
            int round,
            int level,
            long approverId,
            ApprovalDecision decision,
            @Nullable String comment,
            Instant decidedAt) {
        this.contractId = contractId;
        this.round = round;
        this.level = level;
        this.approverId = approverId;
        this.decision = decision;
        this.comment = comment;
        this.decidedAt = decidedAt;
    }

    long getContractId() {
        return contractId;
    }

    int getRound() {
        return round;
    }

    int getLevel() {
        return level;
    }

    long getApproverId() {
        return approverId;
    }

    ApprovalDecision getDecision() {
        return decision;
    }

    @Nullable
    String getComment() {
        return comment;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
