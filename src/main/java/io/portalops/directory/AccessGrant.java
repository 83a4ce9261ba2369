package io.portalops.directory;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * One person's access to one product. Requested, then active, then revoked; a revoked grant is never reopened, a new
 * one is made instead, so that each grant's history reads as one story. The seat an active grant holds is counted
 * on the product by {@link io.portalops.inventory.SeatLedger}, in the same transaction as the status change.
 */
@Entity
@Table(name = "access_grant")
@Audited
class AccessGrant extends AbstractEntity {

    private long personId;
    private long productId;
    private @Nullable String role;

    @Enumerated(EnumType.STRING)
    private GrantStatus status;

    private Instant requestedAt;
    private @Nullable Long requestedBy;
    private @Nullable Instant grantedAt;
    private @Nullable Long grantedBy;
    private @Nullable Instant revokedAt;
    private @Nullable Long revokedBy;
    private @Nullable String note;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected AccessGrant() {}

    AccessGrant(long personId, long productId, @Nullable String role, @Nullable String note, long by, Instant now) {
        this.personId = personId;
        this.productId = productId;
        this.role = role;
        this.note = note;
        this.status = GrantStatus.REQUESTED;
        this.requestedAt = now;
        this.requestedBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void activate(long by, Instant now) {
        if (status != GrantStatus.REQUESTED) {
            throw new IllegalStateException("Only a requested grant can be activated");
        }
        this.status = GrantStatus.ACTIVE;
        this.grantedAt = now;
        this.grantedBy = by;
        this.updatedAt = now;
    }

    void revoke(long by, @Nullable String reason, Instant now) {
        if (status == GrantStatus.REVOKED) {
            throw new IllegalStateException("The grant is revoked already");
        }
        this.status = GrantStatus.REVOKED;
        this.revokedAt = now;
        this.revokedBy = by;
        if (reason != null) {
            this.note = reason;
        }
        this.updatedAt = now;
    }

    void edit(@Nullable String role, @Nullable String note, Instant now) {
        this.role = role;
        this.note = note;
        this.updatedAt = now;
    }

    long getPersonId() {
        return personId;
    }

    long getProductId() {
        return productId;
    }

    @Nullable
    String getRole() {
        return role;
    }

    GrantStatus getStatus() {
        return status;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    @Nullable
    Long getRequestedBy() {
        return requestedBy;
    }

    @Nullable
    Instant getGrantedAt() {
        return grantedAt;
    }

    @Nullable
    Long getGrantedBy() {
        return grantedBy;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable
    Long getRevokedBy() {
        return revokedBy;
    }

    @Nullable
    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
