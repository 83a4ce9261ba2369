package io.portalops.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A refresh token, stored only as its SHA-256. Each refresh uses one up and issues the next in the same family;
 * presenting a used one again means it leaked, and the family's sign-in ({@link SignIn}) is ended.
 */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

    @Id
    @SuppressWarnings("NullAway.Init") // assigned by the database on insert
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private UUID familyId;
    private long accountId;
    private Instant issuedAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;
    private @Nullable Instant revokedAt;

    protected RefreshToken() {}

    RefreshToken(String tokenHash, UUID familyId, long accountId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.familyId = familyId;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    UUID getFamilyId() {
        return familyId;
    }

    long getAccountId() {
        return accountId;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    boolean wasUsed() {
        return usedAt != null;
    }

    /** Set only on rows from before sign-ins were tracked (V024); since then the sign-in row is the authority. */
    boolean wasRevoked() {
        return revokedAt != null;
    }

    void markUsed(Instant now) {
        usedAt = now;
    }
}
