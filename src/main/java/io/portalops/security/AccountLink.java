package io.portalops.security;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's link to the identity provider it signs in with: (issuer, subject), never the e-mail (ADR 031). */
@Entity
@Table(name = "account_link")
class AccountLink extends AbstractEntity {

    private long accountId;
    private String providerId;
    private String issuer;
    private String subject;
    private Instant linkedAt;

    protected AccountLink() {}

    AccountLink(long accountId, String providerId, String issuer, String subject, Instant linkedAt) {
        this.accountId = accountId;
        this.providerId = providerId;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    long getAccountId() {
        return accountId;
    }

    String getProviderId() {
        return providerId;
    }

    String getIssuer() {
        return issuer;
    }

    String getSubject() {
        return subject;
    }

    Instant getLinkedAt() {
        return linkedAt;
    }
}
