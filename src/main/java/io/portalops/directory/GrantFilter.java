package io.portalops.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Filters of {@code GET /api/access-grants}; null means "any". Always limited to the products the caller sees. */
public record GrantFilter(
        @Nullable Long personId,
        @Nullable Long productId,
        @Nullable GrantStatus status) {

    public static GrantFilter none() {
        return new GrantFilter(null, null, null);
    }

    /** This filter as the parameters of {@code GET /api/access-grants} and {@code POST /api/bulk/grants/{action}}. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (personId != null) {
            parameters.put("personId", personId.toString());
        }
        if (productId != null) {
            parameters.put("productId", productId.toString());
        }
        if (status != null) {
            parameters.put("status", status.name());
        }
        return parameters;
    }
}
