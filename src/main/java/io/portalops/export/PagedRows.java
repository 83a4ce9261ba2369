package io.portalops.export;

import io.portalops.shared.paging.SliceResult;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Export rows from a service's paged search, a page at a time: for grids of thousands of rows (the SaaS grids),
 * where offset paging costs little. Grids of millions stream from one query instead.
 */
public final class PagedRows {

    public static final int PAGE = 500;

    private PagedRows() {}

    /** Fetches one page: {@code limit} rows from {@code offset}. */
    @FunctionalInterface
    public interface Pages<T> {
        SliceResult<T> page(int offset, int limit);
    }

    public static <T> ExportRows of(Pages<T> pages, Function<T, List<?>> row) {
        return sink -> each(pages, item -> sink.accept(row.apply(item)));
    }

    public static <T> void each(Pages<T> pages, Consumer<T> item) {
        int offset = 0;
        SliceResult<T> page;
        do {
            page = pages.page(offset, PAGE);
            page.items().forEach(item);
            offset += page.items().size();
        } while (page.hasNext() && !page.items().isEmpty());
    }
}
