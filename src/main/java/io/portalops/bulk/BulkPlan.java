package io.portalops.bulk;

import java.util.List;

/** A selection resolved to ids, checked against the maximum: what the confirmation states before anything is done. */
public record BulkPlan(String grid, List<Long> ids) {

    public BulkPlan {
        ids = List.copyOf(ids);
    }

    public int count() {
        return ids.size();
    }
}
