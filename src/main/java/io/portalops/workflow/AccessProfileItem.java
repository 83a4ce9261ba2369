package io.portalops.workflow;

import io.portalops.inventory.ProductRef;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A profile as the admin screen lists it, with its products by label. */
public record AccessProfileItem(
        long id, String name, String department, @Nullable String title, List<ProductRef> products, long version) {

    public AccessProfileItem {
        products = List.copyOf(products);
    }

    public String productLabels() {
        return products.stream().map(ProductRef::label).collect(Collectors.joining(", "));
    }

    public AccessProfileForm form() {
        Set<Long> ids = products.stream().map(ProductRef::id).collect(Collectors.toSet());
        return new AccessProfileForm(name, department, title, ids, version);
    }
}
