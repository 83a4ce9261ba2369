package io.portalops.inventory;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one caller may see and do on the SaaS side. ADMIN sees everything. A SERVICE_ADMIN manages the services
 * assigned to them and all of those services' products (grants, payments with card expiry, product settings). A
 * PRODUCT_ADMIN manages access grants and tasks of their own products and reads those products' payments, masked.
 * Every other role sees nothing here. The UI and the API both ask this one object.
 *
 * @param managedServices services the caller is service admin of
 * @param managedProducts products of those services
 * @param adminProducts products the caller is product admin of
 * @param visibleServices services the caller may see: managed ones, and the services of their products
 */
public record SaasScope(
        boolean all,
        Set<Long> managedServices,
        Set<Long> managedProducts,
        Set<Long> adminProducts,
        Set<Long> visibleServices) {

    public SaasScope {
        managedServices = Set.copyOf(managedServices);
        managedProducts = Set.copyOf(managedProducts);
        adminProducts = Set.copyOf(adminProducts);
        visibleServices = Set.copyOf(visibleServices);
    }

    public static SaasScope everything() {
        return new SaasScope(true, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public static SaasScope nothing() {
        return new SaasScope(false, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean seesService(long serviceId) {
        return all || visibleServices.contains(serviceId);
    }

    public boolean managesService(long serviceId) {
        return all || managedServices.contains(serviceId);
    }

    public boolean seesProduct(long productId) {
        return all || managedProducts.contains(productId) || adminProducts.contains(productId);
    }

    /** Product settings, product admins, payments (write) and the card expiry in clear. */
    public boolean managesProduct(long productId) {
        return all || managedProducts.contains(productId);
    }

    /** Create and revoke access grants, and work the product's tasks. */
    public boolean grantsAccessTo(long productId) {
        return seesProduct(productId);
    }

    public boolean readsPayment(long productId) {
        return seesProduct(productId);
    }

    public boolean writesPayment(long productId) {
        return managesProduct(productId);
    }

    public boolean seesCardExpiry(long productId) {
        return managesProduct(productId);
    }

    /** The products a query must be limited to; empty when the caller may see all of them. */
    public Optional<Set<Long>> productFilter() {
        if (all) {
            return Optional.empty();
        }
        Set<Long> visible = new HashSet<>(managedProducts);
        visible.addAll(adminProducts);
        return Optional.of(Set.copyOf(visible));
    }

    /** The services a query must be limited to; empty when the caller may see all of them. */
    public Optional<Set<Long>> serviceFilter() {
        return all ? Optional.empty() : Optional.of(visibleServices);
    }

    /** Whether the caller has any part of the SaaS side at all. */
    public boolean any() {
        return all || !visibleServices.isEmpty();
    }
}
