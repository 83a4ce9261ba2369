package io.portalops.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person holding active access to a product, as the Services view lists them under the product. */
public record ProductHolder(
        long grantId,
        long personId,
        String name,
        @Nullable String department,
        @Nullable String role,
        @Nullable Instant grantedAt,
        @Nullable Instant lastUsedAt) {}
