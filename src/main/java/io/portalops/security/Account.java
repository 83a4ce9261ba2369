package io.portalops.security;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
@Audited
class Account extends AbstractEntity {

    private String username;
    private String displayName;
    private @Nullable String email;

    /** Null for an account that signs in through its identity provider (ADR 031). */
    @NotAudited
    private @Nullable String passwordHash;

    private boolean enabled = true;
    private boolean mustChangePassword;

    // Sign-in counters are written only by LoginThrottle's SQL (ADR 018): were JPA to write them, a concurrent admin
    // edit would put back stale counts, and counting through this versioned entity lost parallel increments.
    @NotAudited
    @Column(insertable = false, updatable = false)
    private int failedAttempts;

    @NotAudited
    @Column(insertable = false, updatable = false)
    private @Nullable Instant lockedUntil;

    @NotAudited
    @Column(insertable = false, updatable = false)
    private @Nullable Instant lastLoginAt;

    private Instant createdAt;

    /** Goes up by one with each credential or role change; tokens and sign-ins of an older version are dead (ADR 017). */
    @NotAudited
    private long credentialVersion;

    @NotAudited
    private @Nullable Instant tokensValidAfter;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {}

    Account(
            String username,
            String displayName,
            @Nullable String email,
            @Nullable String passwordHash,
            Set<Role> roles,
            boolean mustChangePassword,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    @Nullable
    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    @Nullable
    Instant getLockedUntil() {
        return lockedUntil;
    }

    @Nullable
    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeDetails(String displayName, @Nullable String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String newHash, boolean mustChangeNext) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Only this object's view: {@link LoginThrottle#clear} writes it. */
    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    long getCredentialVersion() {
        return credentialVersion;
    }

    @Nullable
    Instant getTokensValidAfter() {
        return tokensValidAfter;
    }

    /** Ends, for tokens and sign-ins, everything issued under the current credentials and roles. */
    void invalidateCredentials(Instant now) {
        credentialVersion++;
        tokensValidAfter = now;
    }
}
