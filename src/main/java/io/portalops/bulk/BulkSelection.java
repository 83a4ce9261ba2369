package io.portalops.bulk;

import io.portalops.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The rows to act on: a list of ids, or a grid filter that the server resolves to ids in the caller's scope. */
public record BulkSelection(
        @Nullable List<Long> ids, @Nullable Map<String, String> filter) {

    public BulkSelection {
        if ((ids == null) == (filter == null)) {
            throw new InvalidInputException("ids", "Give either ids or a filter, not both and not neither.");
        }
        ids = ids == null ? null : List.copyOf(ids);
        filter = filter == null ? null : Map.copyOf(filter);
    }

    public static BulkSelection ofIds(List<Long> ids) {
        return new BulkSelection(ids, null);
    }

    public static BulkSelection ofFilter(Map<String, String> filter) {
        return new BulkSelection(null, filter);
    }
}
