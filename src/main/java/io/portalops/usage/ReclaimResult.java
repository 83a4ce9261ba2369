package io.portalops.usage;

import io.portalops.shared.Money;
import io.portalops.workflow.ReclaimProposal;
import java.util.List;

/**
 * What one reclaim did: the revoke tasks it created (none when every idle seat has one already) and the money a month
 * they save once done.
 */
public record ReclaimResult(long productId, List<ReclaimProposal> tasks, Money monthlySaving) {

    public ReclaimResult {
        tasks = List.copyOf(tasks);
    }
}
