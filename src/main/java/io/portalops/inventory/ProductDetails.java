package io.portalops.inventory;

import io.portalops.security.AccountSummary;
import java.util.List;

/** A product with its admins and what the caller may do with it. */
public record ProductDetails(
        ProductListItem product, List<AccountSummary> admins, long version, boolean editable, boolean mayAssignAdmins) {

    public ProductForm form() {
        return new ProductForm(
                product.name(),
                product.licenceModel(),
                product.seatsPurchased(),
                product.cost(),
                product.billingCycle(),
                version);
    }
}
