package io.portalops.shared.paging;

/**
 * One sort key chosen from a whitelist, so that neither a grid nor an API client can sort by an arbitrary column.
 */
public record SortOrder<P extends Enum<P>>(P property, boolean ascending) {
}
