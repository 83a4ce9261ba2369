package io.portalops.bulk;

import java.util.List;

/**
 * A value a bulk action asks for once.
 *
 * @param options the values to choose from, empty for free text
 */
public record BulkField(String name, String label, boolean required, int maxLength, List<String> options) {

    public BulkField {
        options = List.copyOf(options);
    }

    public static BulkField text(String name, String label, boolean required, int maxLength) {
        return new BulkField(name, label, required, maxLength, List.of());
    }

    public static BulkField choice(String name, String label, List<String> options) {
        return new BulkField(name, label, true, 100, options);
    }
}
