package io.portalops.shared.grid;

import org.jspecify.annotations.Nullable;

/**
 * A saved view as its owner and the people it is shared with see it.
 *
 * @param slug           the readable form of the view's URL, {@code ?view=<slug>} (its id works too)
 * @param sharedWithRole the role that sees it too (e.g. {@code ACCOUNT_MANAGER}); null for a private view
 * @param isDefault      whether it opens when its owner opens the grid without query parameters
 * @param mine           whether the caller owns it
 */
public record SavedGridView(
        long id,
        String grid,
        String name,
        String slug,
        @Nullable String sharedWithRole,
        boolean isDefault,
        boolean mine,
        String ownerName,
        GridState state) {}
