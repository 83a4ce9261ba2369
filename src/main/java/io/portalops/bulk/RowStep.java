package io.portalops.bulk;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk action does to one row: the module's single-row service method, with its own authorization, scope and
 * rules. A row the caller may not see throws {@code NotFoundException}; a refused row throws the single action's own
 * exception, whose message is reported for that row.
 */
@FunctionalInterface
public interface RowStep {

    void apply(long id);

    /**
     * For an all-or-nothing action, why this row could not be done now, or null: asked for every row before any is
     * touched, and any refusal refuses the whole run.
     */
    default @Nullable String refusal(long id) {
        return null;
    }

    /** True when a single refusal found beforehand refuses the whole run (e.g. approving a selection). */
    default boolean allOrNothing() {
        return false;
    }
}
