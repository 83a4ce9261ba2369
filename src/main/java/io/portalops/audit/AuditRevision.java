package io.portalops.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * The Envers revision: when, and which account (or "system" for jobs and start-up) made the change.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "rev_timestamp")
    private long timestamp;

    private @Nullable Long accountId;

    private String username = "system";

    long getId() {
        return id;
    }

    long getTimestamp() {
        return timestamp;
    }

    @Nullable
    Long getAccountId() {
        return accountId;
    }

    String getUsername() {
        return username;
    }

    void setActor(@Nullable Long accountId, String username) {
        this.accountId = accountId;
        this.username = username;
    }
}
