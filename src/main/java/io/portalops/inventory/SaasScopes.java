package io.portalops.inventory;

import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the {@link SaasScope} of the caller; the directory, payment and workflow modules ask here too. */
@Service
public class SaasScopes {

    private final SaasServiceRepository services;
    private final ProductRepository products;
    private final CurrentUserProvider currentUser;

    SaasScopes(SaasServiceRepository services, ProductRepository products, CurrentUserProvider currentUser) {
        this.services = services;
        this.products = products;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public SaasScope current() {
        return currentUser.find().map(this::of).orElse(SaasScope.nothing());
    }

    @Transactional(readOnly = true)
    public SaasScope of(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return SaasScope.everything();
        }
        Set<Long> managedServices =
                user.has(Role.SERVICE_ADMIN) ? Set.copyOf(services.servicesAdministeredBy(user.accountId())) : Set.of();
        Set<Long> managedProducts =
                managedServices.isEmpty() ? Set.of() : Set.copyOf(products.idsOfServices(managedServices));
        Set<Long> adminProducts =
                user.has(Role.PRODUCT_ADMIN) ? Set.copyOf(products.productsAdministeredBy(user.accountId())) : Set.of();
        Set<Long> visibleServices = new HashSet<>(managedServices);
        if (!adminProducts.isEmpty()) {
            visibleServices.addAll(products.servicesOf(adminProducts));
        }
        return new SaasScope(false, managedServices, managedProducts, adminProducts, visibleServices);
    }

    /** Accounts that work a product's grants and tasks: its product admins and its service's admins. */
    @Transactional(readOnly = true)
    public Set<Long> accountsManaging(long productId) {
        Product product = products.findById(productId).orElseThrow(() -> new NotFoundException("Product"));
        Set<Long> accounts = new HashSet<>(product.getAdmins());
        List<Long> serviceAdmins = services.adminsOf(product.getServiceId());
        accounts.addAll(serviceAdmins);
        return Set.copyOf(accounts);
    }

    /**
     * Who is expected to work each product's tasks (the workflow's assignees): its product admins, or its service's
     * admins when it has none. Unknown products are left out. No scope applies: callers decide whom to tell.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> assignees(Collection<Long> productIds) {
        Map<Long, Set<Long>> byProduct = new HashMap<>();
        Map<Long, List<Long>> serviceAdmins = new HashMap<>();
        for (Product product : products.findAllById(Set.copyOf(productIds))) {
            Set<Long> admins = product.getAdmins();
            byProduct.put(
                    product.getId(),
                    Set.copyOf(
                            admins.isEmpty()
                                    ? serviceAdmins.computeIfAbsent(product.getServiceId(), services::adminsOf)
                                    : admins));
        }
        return byProduct;
    }
}
