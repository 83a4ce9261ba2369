package io.portalops.export.ui;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of an export in the words of the grid ("Status: Active, sorted by Number, descending") rather than the
 * stored codes ("status = ACTIVE, sort = NUMBER desc"). The record keeps the codes, which the API and the audit read.
 */
final class FilterWording {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("q", "Text"),
            Map.entry("text", "Text"),
            Map.entry("customerId", "Customer #"),
            Map.entry("ownerId", "Owner #"),
            Map.entry("minValue", "Value from"),
            Map.entry("maxValue", "Value to"),
            Map.entry("startFrom", "Starts from"),
            Map.entry("startTo", "Starts by"),
            Map.entry("endFrom", "Ends from"),
            Map.entry("endTo", "Ends by"),
            Map.entry("awaitingMe", "Waiting for me"),
            Map.entry("autoRenew", "Renews by itself"),
            Map.entry("flagged", "Flagged"));

    private FilterWording() {}

    static String describe(Map<String, String> filters, String none) {
        if (filters.isEmpty()) {
            return none;
        }
        return filters.entrySet().stream()
                .map(e -> "sort".equals(e.getKey())
                        ? "sorted by " + sort(e.getValue())
                        : name(e.getKey()) + ": " + value(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String name(String key) {
        String known = NAMES.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** ACTIVE → Active, PENDING_APPROVAL → Pending approval, true → yes; anything else as it is. */
    static String value(String value) {
        if ("true".equals(value)) {
            return "yes";
        }
        if ("false".equals(value)) {
            return "no";
        }
        if (value.matches("[A-Z][A-Z0-9_]*")) {
            String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }

    /** "NUMBER desc, END_DATE asc" → "Number, descending, then End date, ascending". */
    static String sort(String sort) {
        return java.util.Arrays.stream(sort.split(",\\s*"))
                .map(part -> {
                    String[] bits = part.strip().split("\\s+");
                    String field = value(bits[0]);
                    String direction = bits.length > 1 && bits[1].equalsIgnoreCase("desc") ? "descending" : "ascending";
                    return field + ", " + direction;
                })
                .collect(Collectors.joining(", then "));
    }
}
