package io.portalops.shared.paging;

import io.portalops.shared.InvalidInputException;

/** The one check of an offset page that a service is asked for, with the one message a caller sees. */
public final class PageWindow {

    private PageWindow() {}

    /** Refuses a negative offset, or a page size outside 1..{@code maxPage}, as invalid input on "limit". */
    public static void require(int offset, int limit, int maxPage) {
        if (offset < 0 || limit < 1 || limit > maxPage) {
            throw new InvalidInputException(
                    "limit", "Page size must be between 1 and " + maxPage + ", offset not negative.");
        }
    }
}
