package io.portalops.inventory;

import io.portalops.security.AccountSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service with its admins and products, and what the caller may do with it. */
public record ServiceDetails(
        long id,
        String name,
        String vendor,
        String category,
        @Nullable String website,
        ServiceStatus status,
        @Nullable String description,
        List<AccountSummary> admins,
        List<ProductListItem> products,
        long version,
        boolean editable,
        boolean mayAddProducts) {

    public ServiceForm form() {
        return new ServiceForm(name, vendor, category, website, status, description, version);
    }
}
