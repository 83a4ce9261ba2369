package io.portalops.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of rows and whether more follow: what a lazy grid or a paged API needs, without a count over the table.
 */
public record SliceResult<T>(List<T> items, int offset, int limit, boolean hasNext) {

    public SliceResult {
        items = List.copyOf(items);
    }

    /** Builds a slice from a fetch of {@code limit + 1} rows: the extra row only tells that more follow. */
    public static <T> SliceResult<T> fromOverfetch(List<T> rows, int offset, int limit) {
        boolean more = rows.size() > limit;
        return new SliceResult<>(more ? rows.subList(0, limit) : rows, offset, limit, more);
    }

    public <R> SliceResult<R> map(Function<T, R> mapper) {
        return new SliceResult<>(items.stream().map(mapper).toList(), offset, limit, hasNext);
    }
}
