package io.portalops.bulk;

import io.portalops.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The values given for an action's fields, checked once against the action: an unknown field, a missing required one,
 * one too long or not among the options, is bad input and no row is touched.
 */
public final class BulkFields {

    private final Map<String, String> values;

    BulkFields(Map<String, String> given, List<BulkField> fields) {
        Set<String> known = fields.stream().map(BulkField::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    unknown.iterator().next(),
                    "This action does not take " + unknown + "; it takes " + new TreeSet<>(known) + ".");
        }
        for (BulkField field : fields) {
            String value = given.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    throw new InvalidInputException(field.name(), field.label() + " is required.");
                }
                continue;
            }
            if (value.strip().length() > field.maxLength()) {
                throw new InvalidInputException(
                        field.name(), field.label() + " is at most " + field.maxLength() + " characters.");
            }
            if (!field.options().isEmpty() && !field.options().contains(value.strip())) {
                throw new InvalidInputException(
                        field.name(), field.label() + " must be one of " + field.options() + ".");
            }
        }
        this.values = given.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().strip()));
    }

    public @Nullable String get(String name) {
        return values.get(name);
    }

    /** A required field's value (checked present when the fields were read). */
    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new InvalidInputException(name, name + " is required.");
        }
        return value;
    }

    Map<String, String> asMap() {
        return values;
    }
}
