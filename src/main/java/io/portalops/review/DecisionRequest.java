package io.portalops.review;

import org.jspecify.annotations.Nullable;

/** Keep or revoke; a revoke needs a comment saying why (checked by the service, which knows the limits). */
public record DecisionRequest(Decision decision, @Nullable String comment) {}
