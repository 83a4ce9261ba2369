package io.portalops.bulk;

import org.jspecify.annotations.Nullable;

/** What happened to one row: done, or refused with the reason the single action gave. */
public record BulkRowResult(long id, boolean done, @Nullable String reason) {

    static BulkRowResult ok(long id) {
        return new BulkRowResult(id, true, null);
    }

    static BulkRowResult refused(long id, String reason) {
        return new BulkRowResult(id, false, reason);
    }
}
