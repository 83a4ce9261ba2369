package io.portalops.directory;

import org.jspecify.annotations.Nullable;

/** Filters of {@code GET /api/access-grants}; null means "any". Always limited to the products the caller sees. */
public record GrantFilter(
        @Nullable Long personId,
        @Nullable Long productId,
        @Nullable GrantStatus status) {

    public static GrantFilter none() {
        return new GrantFilter(null, null, null);
    }
}
