package io.portalops.review;

import org.jspecify.annotations.Nullable;

/** What became of one item of a bulk decision: decided, or why not (nothing changed for that item). */
public record BulkDecisionResult(
        long itemId, boolean decided, @Nullable String problem) {}
