package io.portalops.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An approver's approval limit in the base currency. */
@Entity
@Table(name = "approver_limit")
class ApproverLimit {

    @Id
    private Long accountId;

    private BigDecimal amount;
    private Instant updatedAt;

    protected ApproverLimit() {}

    ApproverLimit(long accountId, BigDecimal amount, Instant now) {
        this.accountId = accountId;
        this.amount = amount;
        this.updatedAt = now;
    }

    void change(BigDecimal amount, Instant now) {
        this.amount = amount;
        this.updatedAt = now;
    }

    BigDecimal getAmount() {
        return amount;
    }
}
