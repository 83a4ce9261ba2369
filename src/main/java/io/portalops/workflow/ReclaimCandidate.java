package io.portalops.workflow;

import io.portalops.shared.Money;
import java.time.Instant;

/**
 * An idle seat to reclaim: the active grant, its holder, and since when it lies unused (its last use, or the grant
 * when never used); the money a month the seat costs.
 */
public record ReclaimCandidate(
        long grantId, long personId, String personName, long productId, Instant idleSince, Money monthlySaving) {}
