package io.portalops.review;

import org.jspecify.annotations.Nullable;

/**
 * Filters of a campaign's items; null means any. Always limited to the items the caller reviews (ADMIN: all).
 *
 * @param decided true: decided only; false: undecided only
 */
public record ItemFilter(
        @Nullable Boolean decided, @Nullable Long productId) {

    public static ItemFilter none() {
        return new ItemFilter(null, null);
    }
}
