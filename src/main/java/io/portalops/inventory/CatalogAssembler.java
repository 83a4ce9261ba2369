package io.portalops.inventory;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds what {@link SaasCatalog} returns from services and products it has already read and scoped: list items with
 * their figures, details with their admins, and the product references other modules show.
 */
@Component
class CatalogAssembler {

    private final SaasServiceRepository services;
    private final ProductRepository products;
    private final CatalogFigures figures;
    private final AccountService accounts;

    CatalogAssembler(
            SaasServiceRepository services,
            ProductRepository products,
            CatalogFigures figures,
            AccountService accounts) {
        this.services = services;
        this.products = products;
        this.figures = figures;
        this.accounts = accounts;
    }

    ServiceListItem serviceItem(SaasService service, List<ProductListItem> products) {
        return figures.serviceItem(service, products);
    }

    Map<Long, ProductRef> refsOf(List<Product> rows) {
        Map<Long, String> serviceNames =
                serviceNames(rows.stream().map(Product::getServiceId).collect(Collectors.toSet()));
        return rows.stream()
                .collect(Collectors.toMap(
                        Product::getId,
                        p -> new ProductRef(
                                p.getId(),
                                p.getServiceId(),
                                Objects.requireNonNull(serviceNames.get(p.getServiceId())),
                                p.getName(),
                                p.getLicenceModel(),
                                p.getCost(),
                                p.getBillingCycle())));
    }

    Map<Long, String> serviceNames(Set<Long> ids) {
        return services.findAllById(ids).stream().collect(Collectors.toMap(SaasService::getId, SaasService::getName));
    }

    List<ProductListItem> productItems(List<Product> rows, SaasScope scope) {
        Map<Long, String> names =
                serviceNames(rows.stream().map(Product::getServiceId).collect(Collectors.toSet()));
        return rows.stream()
                .map(p -> figures.productItem(p, Objects.requireNonNull(names.get(p.getServiceId()))))
                .toList();
    }

    ServiceDetails details(SaasService service, SaasScope scope) {
        List<Product> rows = products.findByServiceIdOrderByNameAsc(service.getId()).stream()
                .filter(p -> scope.seesProduct(p.getId()))
                .toList();
        List<ProductListItem> items = productItems(rows, scope);
        return new ServiceDetails(
                service.getId(),
                service.getName(),
                service.getVendor(),
                service.getCategory(),
                service.getWebsite(),
                service.getStatus(),
                service.getDescription(),
                summaries(service.getAdmins()),
                items,
                service.getVersion(),
                scope.managesService(service.getId()),
                scope.managesService(service.getId()));
    }

    ProductDetails productDetails(Product product, SaasScope scope) {
        String serviceName = services.findById(product.getServiceId())
                .map(SaasService::getName)
                .orElse("");
        return new ProductDetails(
                figures.productItem(product, serviceName),
                summaries(product.getAdmins()),
                product.getVersion(),
                scope.managesProduct(product.getId()),
                scope.managesService(product.getServiceId()));
    }

    List<AccountSummary> summaries(Set<Long> ids) {
        return accounts.summaries(ids).values().stream()
                .sorted(Comparator.comparing(AccountSummary::displayName))
                .toList();
    }
}
