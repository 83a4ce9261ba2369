package io.portalops.inventory;

import io.portalops.audit.EntityChange;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Services and products, within the caller's {@link SaasScope}: a row outside it is "not found". ADMIN creates
 * services and assigns their admins; a service's admin edits it, adds and edits its products and assigns product
 * admins; a product admin reads their products.
 */
@Service
@Validated
public class SaasCatalog {

    public static final String SAAS_ROLES = "hasAnyRole('ADMIN','SERVICE_ADMIN','PRODUCT_ADMIN')";

    private final SaasServiceRepository services;
    private final ProductRepository products;
    private final SaasScopes scopes;
    private final AccountService accounts;
    private final CatalogHistory history;
    private final CatalogAssembler assembler;
    private final Clock clock;

    SaasCatalog(
            SaasServiceRepository services,
            ProductRepository products,
            SaasScopes scopes,
            AccountService accounts,
            CatalogHistory history,
            CatalogAssembler assembler,
            Clock clock) {
        this.history = history;
        this.assembler = assembler;
        this.services = services;
        this.products = products;
        this.scopes = scopes;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<ServiceListItem> services(ServiceFilter filter) {
        SaasScope scope = scopes.current();
        List<SaasService> visible = services.findAll().stream()
                .filter(s -> scope.seesService(s.getId()))
                .filter(filter::matches)
                .sorted(Comparator.comparing(s -> s.getName().toLowerCase()))
                .toList();
        // a PRODUCT_ADMIN sees the service of their product, but its totals only over the products they may see
        Map<Long, List<ProductListItem>> productsByService = assembler
                .productItems(
                        products
                                .findByServiceIdInOrderByNameAsc(
                                        visible.stream().map(SaasService::getId).toList())
                                .stream()
                                .filter(p -> scope.seesProduct(p.getId()))
                                .toList(),
                        scope)
                .stream()
                .collect(Collectors.groupingBy(ProductListItem::serviceId));
        return visible.stream()
                .map(s -> assembler.serviceItem(s, productsByService.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public ServiceDetails service(long id) {
        return assembler.details(visibleService(id), scopes.current());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ServiceDetails createService(@Valid ServiceForm form) {
        if (services.existsByNameIgnoreCase(form.name().strip())) {
            throw new InvalidInputException(
                    "name", "A service named " + form.name().strip() + " exists already.");
        }
        SaasService service = new SaasService(clock.instant());
        service.edit(form, clock.instant());
        return assembler.details(services.saveAndFlush(service), scopes.current());
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional
    public ServiceDetails updateService(long id, @Valid ServiceForm form) {
        SaasScope scope = scopes.current();
        SaasService service = visibleService(id);
        requireManages(scope.managesService(id), "change this service");
        checkVersion(service.getVersion(), form.version(), "service");
        if (services.existsByNameIgnoreCaseAndIdNot(form.name().strip(), id)) {
            throw new InvalidInputException(
                    "name", "A service named " + form.name().strip() + " exists already.");
        }
        service.edit(form, clock.instant());
        return assembler.details(services.saveAndFlush(service), scope);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ServiceDetails assignServiceAdmins(long id, Set<Long> accountIds) {
        SaasService service = visibleService(id);
        service.assignAdmins(requireRole(accountIds, Role.SERVICE_ADMIN), clock.instant());
        return assembler.details(services.saveAndFlush(service), scopes.current());
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<ProductListItem> products(ProductFilter filter) {
        SaasScope scope = scopes.current();
        List<Product> rows = filter.serviceId() != null
                ? products.findByServiceIdOrderByNameAsc(filter.serviceId())
                : products.findAll().stream()
                        .sorted(Comparator.comparing(p -> p.getName().toLowerCase()))
                        .toList();
        return assembler
                .productItems(
                        rows.stream().filter(p -> scope.seesProduct(p.getId())).toList(), scope)
                .stream()
                .filter(filter::matches)
                .toList();
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public ProductDetails product(long id) {
        SaasScope scope = scopes.current();
        return assembler.productDetails(visibleProduct(id, scope), scope);
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional
    public ProductDetails createProduct(long serviceId, @Valid ProductForm form) {
        SaasScope scope = scopes.current();
        visibleService(serviceId);
        requireManages(scope.managesService(serviceId), "add products to this service");
        if (products.existsByServiceIdAndNameIgnoreCase(serviceId, form.name().strip())) {
            throw new InvalidInputException(
                    "name", "This service has a product named " + form.name().strip() + " already.");
        }
        Product product = new Product(serviceId, clock.instant());
        product.edit(form, clock.instant());
        Product saved = products.saveAndFlush(product);
        // A new product belongs to the caller's managed service, so the scope must be read again to include it.
        return assembler.productDetails(saved, scopes.current());
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional
    public ProductDetails updateProduct(long id, @Valid ProductForm form) {
        SaasScope scope = scopes.current();
        Product product = visibleProduct(id, scope);
        requireManages(scope.managesProduct(id), "change this product");
        checkVersion(product.getVersion(), form.version(), "product");
        if (products.existsByServiceIdAndNameIgnoreCaseAndIdNot(
                product.getServiceId(), form.name().strip(), id)) {
            throw new InvalidInputException(
                    "name", "This service has a product named " + form.name().strip() + " already.");
        }
        int assigned = products.seatsAssigned(id);
        if (form.licenceModel() == LicenceModel.PER_SEAT && form.seatsPurchased() < assigned) {
            throw new InvalidInputException(
                    "seatsPurchased", assigned + " people hold a seat; revoke access before cutting seats below that.");
        }
        product.edit(form, clock.instant());
        return assembler.productDetails(products.saveAndFlush(product), scope);
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional
    public ProductDetails assignProductAdmins(long id, Set<Long> accountIds) {
        SaasScope scope = scopes.current();
        Product product = visibleProduct(id, scope);
        requireManages(scope.managesService(product.getServiceId()), "assign this product's admins");
        product.assignAdmins(requireRole(accountIds, Role.PRODUCT_ADMIN), clock.instant());
        return assembler.productDetails(products.saveAndFlush(product), scope);
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<EntityChange> serviceHistory(long id) {
        visibleService(id);
        return history.ofService(id);
    }

    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<EntityChange> productHistory(long id) {
        visibleProduct(id, scopes.current());
        return history.ofProduct(id);
    }

    /** Accounts that may be assigned as service admins (ADMIN) or product admins (ADMIN or the service's admin). */
    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<AccountSummary> assignableAdmins(Role role) {
        if (role != Role.SERVICE_ADMIN && role != Role.PRODUCT_ADMIN) {
            throw new InvalidInputException("role", "Only service and product admins are assigned here.");
        }
        return accounts.withRole(role).stream()
                .sorted(Comparator.comparing(AccountSummary::displayName))
                .toList();
    }

    /** Products by id as other modules show them, limited to those the caller may see. */
    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public Map<Long, ProductRef> refs(Collection<Long> ids) {
        SaasScope scope = scopes.current();
        return assembler.refsOf(products.findAllById(Set.copyOf(ids)).stream()
                .filter(p -> scope.seesProduct(p.getId()))
                .toList());
    }

    /** Products whose access the caller may grant and revoke, for pickers. */
    @PreAuthorize(SAAS_ROLES)
    @Transactional(readOnly = true)
    public List<ProductRef> grantableProducts() {
        SaasScope scope = scopes.current();
        return assembler
                .refsOf(products.findAll().stream()
                        .filter(p -> scope.grantsAccessTo(p.getId()))
                        .toList())
                .values()
                .stream()
                .sorted(Comparator.comparing(ProductRef::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** All products, for jobs and demo data that run without a user (no scope applies). */
    @Transactional(readOnly = true)
    public Map<Long, ProductRef> allRefsUnscoped() {
        return assembler.refsOf(products.findAll());
    }

    private SaasService visibleService(long id) {
        SaasScope scope = scopes.current();
        return services.findById(id)
                .filter(s -> scope.seesService(id))
                .orElseThrow(() -> new NotFoundException("Service"));
    }

    private Product visibleProduct(long id, SaasScope scope) {
        return products.findById(id)
                .filter(p -> scope.seesProduct(id))
                .orElseThrow(() -> new NotFoundException("Product"));
    }

    private Set<Long> requireRole(Set<Long> accountIds, Role role) {
        Map<Long, AccountSummary> holders =
                accounts.withRole(role).stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        for (Long id : accountIds) {
            if (!holders.containsKey(id)) {
                throw new InvalidInputException(
                        "admins", "Only enabled accounts with the " + role.label() + " role can be assigned.");
            }
        }
        return Set.copyOf(accountIds);
    }

    private static void requireManages(boolean allowed, String what) {
        if (!allowed) {
            throw new RuleViolationException("You may not " + what + ".", 403);
        }
    }

    private static void checkVersion(long current, @Nullable Long expected, String what) {
        if (expected == null) {
            throw new InvalidInputException(
                    "version", "Send the version you read, so that nobody's changes are overwritten.");
        }
        if (current != expected) {
            throw new StaleDataException(what);
        }
    }
}
