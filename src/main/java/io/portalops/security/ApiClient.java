package io.portalops.security;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A machine client (an event producer) with an API key and scopes such as {@code events:write}. */
@Entity
@Table(name = "api_client")
class ApiClient extends AbstractEntity {

    private String name;
    private String keyPrefix;
    private String keyHash;
    private String scopes;
    private boolean enabled = true;
    private Instant createdAt;
    private @Nullable Instant rotatedAt;
    private @Nullable Instant lastUsedAt;

    protected ApiClient() {}

    ApiClient(String name, Set<String> scopes, String keyPrefix, String keyHash, Instant now) {
        this.name = name;
        this.scopes = String.join(" ", scopes);
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdAt = now;
    }

    void rotate(String keyPrefix, String keyHash, Instant now) {
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.rotatedAt = now;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String getName() {
        return name;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    Set<String> getScopes() {
        return Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getRotatedAt() {
        return rotatedAt;
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
