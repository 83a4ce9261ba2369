package io.portalops.shared.web;

import io.portalops.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page} and {@code size} query parameters of every list endpoint, bound as one parameter object
 * ({@code @ParameterObject PageRequestParams paging}) and checked in one place. Sorting stays with each endpoint: its
 * default and its whitelist of properties ({@link io.portalops.shared.paging.SortOrder}) differ from list to list.
 */
public record PageRequestParams(
        @Parameter(schema = @Schema(type = "integer", format = "int32", defaultValue = "0"))
        Integer page,

        @Parameter(schema = @Schema(type = "integer", format = "int32", defaultValue = "50"))
        Integer size) {

    public static final int DEFAULT_SIZE = 50;

    /** An absent (or empty) parameter takes its default, as {@code @RequestParam(defaultValue = ...)} did. */
    public PageRequestParams(@Nullable Integer page, @Nullable Integer size) {
        this.page = page == null ? 0 : page;
        this.size = size == null ? DEFAULT_SIZE : size;
    }

    /**
     * The offset of the first row, after refusing a negative page, a size outside 1..{@code maxPage}, or an offset
     * beyond what an int holds (which would wrap round to a negative offset), as bad input on "size".
     */
    public int offset(int maxPage) {
        if (page < 0 || size < 1 || size > maxPage || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("size", "page must be 0 or more and size between 1 and " + maxPage + ".");
        }
        return page * size;
    }
}
