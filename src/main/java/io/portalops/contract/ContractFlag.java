package io.portalops.contract;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract_flag")
@Audited
class ContractFlag extends AbstractEntity {

    private long contractId;

    @Enumerated(EnumType.STRING)
    private FlagSeverity severity;

    private String reason;
    private long raisedBy;
    private Instant raisedAt;
    private @Nullable Long clearedBy;
    private @Nullable Instant clearedAt;
    private @Nullable String clearReason;

    protected ContractFlag() {}

    ContractFlag(long contractId, FlagSeverity severity, String reason, long raisedBy, Instant raisedAt) {
        this.contractId = contractId;
        this.severity = severity;
        this.reason = reason;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    void clear(long by, String reason, Instant at) {
        this.clearedBy = by;
        this.clearReason = reason;
        this.clearedAt = at;
    }

    boolean isOpen() {
        return clearedAt == null;
    }

    long getContractId() {
        return contractId;
    }

    FlagSeverity getSeverity() {
        return severity;
    }

    String getReason() {
        return reason;
    }

    long getRaisedBy() {
        return raisedBy;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    @Nullable
    Long getClearedBy() {
        return clearedBy;
    }

    @Nullable
    Instant getClearedAt() {
        return clearedAt;
    }

    @Nullable
    String getClearReason() {
        return clearReason;
    }
}
