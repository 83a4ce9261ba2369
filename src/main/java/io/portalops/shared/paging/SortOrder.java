package io.portalops.shared.paging;

import io.portalops.shared.InvalidInputException;
import java.util.Locale;

/**
 * One sort key chosen from a whitelist, so that neither a grid nor an API client can sort by an arbitrary column.
 */
public record SortOrder<P extends Enum<P>>(P property, boolean ascending) {

    /**
     * Parses an API sort parameter such as {@code updatedAt,desc}: a camelCase name of one of the whitelisted
     * properties, optionally followed by {@code ,asc} or {@code ,desc}. Anything else is refused as bad input.
     */
    public static <P extends Enum<P>> SortOrder<P> parse(String sort, Class<P> properties) {
        String[] parts = sort.split(",", -1);
        String property = parts[0].strip();
        if (property.isEmpty() || parts.length > 2) {
            throw new InvalidInputException(
                    "sort", "Give sort as a field name with an optional ',asc' or ',desc', e.g. name,desc.");
        }
        boolean ascending = true;
        if (parts.length == 2) {
            String direction = parts[1].strip();
            if (direction.equalsIgnoreCase("desc")) {
                ascending = false;
            } else if (!direction.equalsIgnoreCase("asc")) {
                throw new InvalidInputException("sort", "The sort direction must be asc or desc.");
            }
        }
        String name = property.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return new SortOrder<>(Enum.valueOf(properties, name), ascending);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "Cannot sort by '" + property + "'.");
        }
    }
}
