package io.portalops.inventory;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the products list; null means "any". {@code attention} keeps the products the Services view highlights:
 * at 90 % or more of their seats, or with a quarter or more of them unused.
 */
public record ProductFilter(
        @Nullable Long serviceId, @Nullable String text, boolean attention) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, false);
    }

    public static ProductFilter ofService(long serviceId) {
        return new ProductFilter(serviceId, null, false);
    }

    boolean matches(ProductListItem product) {
        if (attention && !product.nearlyFull() && !product.worthReclaiming()) {
            return false;
        }
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase();
            return product.name().toLowerCase().contains(needle)
                    || product.serviceName().toLowerCase().contains(needle);
        }
        return true;
    }
}
