package io.portalops.inventory;

import static io.portalops.inventory.InventoryRbacTest.Outcome.ALLOWED;
import static io.portalops.inventory.InventoryRbacTest.Outcome.DENIED;
import static io.portalops.inventory.InventoryRbacTest.Outcome.HIDDEN;
import static io.portalops.inventory.InventoryRbacTest.Outcome.NOT_FOUND;
import static io.portalops.inventory.InventoryRbacTest.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.SaasCaller;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every public method of {@link SaasCatalog}, on a service and product in the caller's scope or
 * not. A refused write must leave the service and product as they were (same version).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryRbacTest {

    /** ALLOWED: answered and the row is in the answer; HIDDEN: answered without the row. */
    enum Outcome {
        ALLOWED,
        HIDDEN,
        NOT_FOUND,
        REFUSED,
        DENIED
    }

    record Op(String name, Supplier<Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    SaasCatalog catalog;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    TestUsers users;

    final Map<SaasCaller, String> usernames = new EnumMap<>(SaasCaller.class);
    long service;
    long product;
    long productAdminId;

    @BeforeAll
    void scopedAccounts() {
        service = fixtures.service().id();
        long otherService = fixtures.service().id();
        product = fixtures.product(service, LicenceModel.PER_SEAT, 100);
        long otherProduct = fixtures.product(otherService, LicenceModel.PER_SEAT, 100);
        usernames.putAll(fixtures.saasCallers(service, otherService, product, otherProduct));
        productAdminId = fixtures.accountId(usernames.get(SaasCaller.PRODUCT_ADMIN_IN_SCOPE));
    }

    /** Outcomes in the order of {@link SaasCaller}; the four roles without any SaaS part are always denied. */
    static Outcome[] row(
            Outcome admin,
            Outcome ownServiceAdmin,
            Outcome otherServiceAdmin,
            Outcome ownProductAdmin,
            Outcome otherProductAdmin) {
        return new Outcome[] {
            admin,
            ownServiceAdmin,
            otherServiceAdmin,
            ownProductAdmin,
            otherProductAdmin,
            DENIED,
            DENIED,
            DENIED,
            DENIED
        };
    }

    static final Outcome[] SAAS_READ = row(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
    static final Outcome[] ADMIN_ONLY = row(ALLOWED, DENIED, DENIED, DENIED, DENIED);
    static final Outcome[] IN_SCOPE = row(ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND);
    static final Outcome[] LISTED_IN_SCOPE = row(ALLOWED, ALLOWED, HIDDEN, ALLOWED, HIDDEN);
    static final Outcome[] MANAGED = row(ALLOWED, ALLOWED, NOT_FOUND, REFUSED, NOT_FOUND);

    Stream<Arguments> matrix() {
        Map<Op, Outcome[]> table = new LinkedHashMap<>();
        table.put(
                new Op(
                        "services",
                        () -> catalog.services(ServiceFilter.none()).stream().anyMatch(s -> s.id() == service)),
                LISTED_IN_SCOPE);
        table.put(new Op("service", () -> catalog.service(service)), IN_SCOPE);
        table.put(new Op("serviceHistory", () -> catalog.serviceHistory(service)), IN_SCOPE);
        table.put(
                new Op(
                        "createService",
                        () -> catalog.createService(new ServiceForm(
                                "Rbac " + DirectoryFixtures.unique(), "V", "C", null, ServiceStatus.EVALUATING, null))),
                ADMIN_ONLY);
        table.put(
                new Op(
                        "updateService",
                        () -> catalog.updateService(
                                service, catalog.service(service).form())),
                MANAGED);
        table.put(
                new Op(
                        "assignServiceAdmins",
                        () -> catalog.assignServiceAdmins(
                                service, Set.of(fixtures.accountId(usernames.get(SaasCaller.SERVICE_ADMIN_IN_SCOPE))))),
                ADMIN_ONLY);
        table.put(
                new Op(
                        "products",
                        () -> catalog.products(ProductFilter.none()).stream().anyMatch(p -> p.id() == product)),
                LISTED_IN_SCOPE);
        table.put(new Op("product", () -> catalog.product(product)), IN_SCOPE);
        table.put(new Op("productHistory", () -> catalog.productHistory(product)), IN_SCOPE);
        table.put(
                new Op(
                        "createProduct",
                        () -> catalog.createProduct(
                                service,
                                new ProductForm(
                                        "Seats fixture rbac " + DirectoryFixtures.unique(),
                                        LicenceModel.FLAT,
                                        0,
                                        io.portalops.shared.Money.of("1.00", "EUR"),
                                        BillingCycle.MONTHLY))),
                MANAGED);
        table.put(
                new Op(
                        "updateProduct",
                        () -> catalog.updateProduct(
                                product, catalog.product(product).form())),
                MANAGED);
        table.put(
                new Op("assignProductAdmins", () -> catalog.assignProductAdmins(product, Set.of(productAdminId))),
                MANAGED);
        table.put(new Op("assignableAdmins", () -> catalog.assignableAdmins(Role.PRODUCT_ADMIN)), SAAS_READ);
        table.put(new Op("refs", () -> catalog.refs(List.of(product)).containsKey(product)), LISTED_IN_SCOPE);
        table.put(
                new Op(
                        "grantableProducts",
                        () -> catalog.grantableProducts().stream().anyMatch(p -> p.id() == product)),
                LISTED_IN_SCOPE);
        List<Arguments> cases = new ArrayList<>();
        table.forEach((op, outcomes) -> {
            for (SaasCaller caller : SaasCaller.values()) {
                cases.add(Arguments.of(op, caller, outcomes[caller.ordinal()]));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void each_role_may_call_exactly_the_methods_of_its_scope(Op op, SaasCaller caller, Outcome expected) {
        String username = usernames.get(caller);
        long[] before = versions();
        switch (expected) {
            case ALLOWED -> assertThat(users.as(username, op.call())).isNotEqualTo(Boolean.FALSE);
            case HIDDEN -> assertThat(users.as(username, op.call())).isEqualTo(Boolean.FALSE);
            case NOT_FOUND -> assertRefused(username, op, NotFoundException.class, before);
            case REFUSED -> assertRefused(username, op, RuleViolationException.class, before);
            case DENIED -> assertRefused(username, op, AccessDeniedException.class, before);
        }
    }

    private void assertRefused(String username, Op op, Class<? extends Exception> refusal, long[] before) {
        assertThatThrownBy(() -> users.as(username, op.call())).isInstanceOf(refusal);
        assertThat(versions()).as("a refused call changes nothing").containsExactly(before);
    }

    private long[] versions() {
        return users.as("admin", () -> new long[] {
            catalog.service(service).version(), catalog.product(product).version()
        });
    }
}
