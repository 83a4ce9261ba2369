package io.portalops.inventory;

import org.jspecify.annotations.Nullable;

/** Filters of the services grid; null means "any". */
public record ServiceFilter(
        @Nullable String text,
        @Nullable ServiceStatus status,
        @Nullable String category) {

    public static ServiceFilter none() {
        return new ServiceFilter(null, null, null);
    }

    boolean matches(SaasService service) {
        if (status != null && service.getStatus() != status) {
            return false;
        }
        if (category != null && !category.isBlank() && !service.getCategory().equalsIgnoreCase(category.strip())) {
            return false;
        }
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase();
            return service.getName().toLowerCase().contains(needle)
                    || service.getVendor().toLowerCase().contains(needle);
        }
        return true;
    }
}
