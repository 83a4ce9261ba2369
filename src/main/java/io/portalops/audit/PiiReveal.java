package io.portalops.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One reveal of a masked personal-data field: append-only, never updated.
 */
@Entity
@Table(name = "pii_reveal")
class PiiReveal {

    @Id
    @SuppressWarnings("NullAway.Init") // assigned by the database on insert
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant revealedAt;
    private long accountId;
    private String username;
    private String targetType;
    private String targetId;
    private String field;
    private String reason;

    protected PiiReveal() {}

    PiiReveal(
            Instant revealedAt,
            long accountId,
            String username,
            String targetType,
            String targetId,
            String field,
            String reason) {
        this.revealedAt = revealedAt;
        this.accountId = accountId;
        this.username = username;
        this.targetType = targetType;
        this.targetId = targetId;
        this.field = field;
        this.reason = reason;
    }

    PiiRevealRecord toRecord() {
        return new PiiRevealRecord(id, revealedAt, accountId, username, targetType, targetId, field, reason);
    }
}
