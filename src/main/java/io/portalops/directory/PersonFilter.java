package io.portalops.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the Directory grid and {@code GET /api/people} filter by; null means "any". {@code productId} keeps the people
 * holding active access to that product, and must be a product the caller sees.
 */
public record PersonFilter(
        @Nullable String nameContains,
        @Nullable String department,
        @Nullable EmploymentStatus status,
        @Nullable Long productId) {

    /** Shorter name input matches the start of names: trigram search needs three characters. */
    public static final int MIN_CONTAINS_LENGTH = 3;

    public PersonFilter {
        nameContains = PersonForm.blankToNull(nameContains);
        department = PersonForm.blankToNull(department);
    }

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null);
    }

    /** The filter as the parameters of {@code GET /api/people} and of a bulk run, without the unset ones. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (nameContains != null) {
            parameters.put("name", nameContains);
        }
        if (department != null) {
            parameters.put("department", department);
        }
        if (status != null) {
            parameters.put("status", status.name());
        }
        if (productId != null) {
            parameters.put("productId", productId.toString());
        }
        return parameters;
    }
}
