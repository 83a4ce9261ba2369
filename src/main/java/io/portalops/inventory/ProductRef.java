package io.portalops.inventory;

import io.portalops.shared.Money;

/** A product as other modules show it next to their own rows. */
public record ProductRef(
        long id,
        long serviceId,
        String serviceName,
        String name,
        LicenceModel licenceModel,
        Money cost,
        BillingCycle billingCycle) {

    public String label() {
        return serviceName + " · " + name;
    }
}
