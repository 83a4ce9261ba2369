package io.portalops.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One sign-in of an account: a browser session or an API refresh-token family (then the id is the family id). It is the
 * authority on whether the sign-in lives: ending it ends the session on its next request and the family at once (ADR 017).
 * Not an {@code AbstractEntity}: the id is chosen before insert and rows are only ever ended, never edited concurrently
 * in a way optimistic locking would help with.
 */
@Entity
@Table(name = "sign_in")
class SignIn {

    static final int MAX_USER_AGENT = 300;
    static final int MAX_ADDRESS = 64;

    @Id
    private UUID id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private SignInKind kind;

    private long credentialVersion;
    private Instant startedAt;
    private Instant lastUsedAt;
    private @Nullable String userAgent;
    private @Nullable String clientAddress;
    private @Nullable Instant endedAt;
    private @Nullable String endedReason;

    protected SignIn() {}

    SignIn(
            UUID id,
            long accountId,
            SignInKind kind,
            long credentialVersion,
            Instant startedAt,
            @Nullable String userAgent,
            @Nullable String clientAddress) {
        this.id = id;
        this.accountId = accountId;
        this.kind = kind;
        this.credentialVersion = credentialVersion;
        this.startedAt = startedAt;
        this.lastUsedAt = startedAt;
        this.userAgent = clip(userAgent, MAX_USER_AGENT);
        this.clientAddress = clip(clientAddress, MAX_ADDRESS);
    }

    UUID getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    SignInKind getKind() {
        return kind;
    }

    long getCredentialVersion() {
        return credentialVersion;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Nullable
    String getUserAgent() {
        return userAgent;
    }

    @Nullable
    String getClientAddress() {
        return clientAddress;
    }

    boolean isEnded() {
        return endedAt != null;
    }

    @Nullable
    String getEndedReason() {
        return endedReason;
    }

    void used(Instant now, @Nullable String address) {
        lastUsedAt = now;
        if (address != null) {
            clientAddress = clip(address, MAX_ADDRESS);
        }
    }

    void end(Instant now, SignInEnd reason) {
        if (endedAt == null) {
            endedAt = now;
            endedReason = reason.name();
        }
    }

    /** The sign-in the caller is using carries on after its own password change, under the new credentials. */
    void continueUnder(long newCredentialVersion) {
        credentialVersion = newCredentialVersion;
    }

    static @Nullable String clip(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
