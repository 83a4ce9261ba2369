package io.portalops.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.SaasCaller;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceForm;
import io.portalops.security.Role;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role against every service and product endpoint over real HTTP: 2xx when allowed, 403 for a role without a
 * SaaS part (or a product admin changing what only the service's admin may), 404 for a row outside the scope. Each
 * write carries a real change and is checked in the database: a refused one leaves the rows as they were, an allowed
 * one takes effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryApiRbacTest {

    /** {@code state} reads, straight from the database, what a write would change; null for reads. */
    record Endpoint(
            String name, Supplier<Response> call, @Nullable Supplier<Object> state) {
        Endpoint(String name, Supplier<Response> call) {
            this(name, call, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;
    final Map<SaasCaller, String> tokens = new EnumMap<>(SaasCaller.class);
    long service;
    long product;
    long serviceAdminId;
    long productAdminId;
    long spareServiceAdminId;
    long spareProductAdminId;
    private SaasCaller current;

    @BeforeAll
    void signIn() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.24"));
        service = fixtures.service().id();
        long otherService = fixtures.service().id();
        product = fixtures.product(service, LicenceModel.PER_SEAT, 100);
        long otherProduct = fixtures.product(otherService, LicenceModel.PER_SEAT, 100);
        Map<SaasCaller, String> usernames = fixtures.saasCallers(service, otherService, product, otherProduct);
        serviceAdminId = fixtures.accountId(usernames.get(SaasCaller.SERVICE_ADMIN_IN_SCOPE));
        productAdminId = fixtures.accountId(usernames.get(SaasCaller.PRODUCT_ADMIN_IN_SCOPE));
        spareServiceAdminId = fixtures.accountId(fixtures.account(Role.SERVICE_ADMIN));
        spareProductAdminId = fixtures.accountId(fixtures.account(Role.PRODUCT_ADMIN));
        usernames.forEach((caller, username) -> tokens.put(
                caller,
                api.login(username, caller.password(username))
                        .get("access_token")
                        .asString()));
    }

    static int[] row(
            int admin, int ownServiceAdmin, int otherServiceAdmin, int ownProductAdmin, int otherProductAdmin) {
        return new int[] {
            admin, ownServiceAdmin, otherServiceAdmin, ownProductAdmin, otherProductAdmin, 403, 403, 403, 403
        };
    }

    static final int[] SAAS_READ = row(200, 200, 200, 200, 200);
    static final int[] IN_SCOPE = row(200, 200, 404, 200, 404);
    static final int[] MANAGED = row(200, 200, 404, 403, 404);

    Stream<Arguments> matrix() {
        Map<Endpoint, int[]> table = new LinkedHashMap<>();
        table.put(new Endpoint("GET /api/services", () -> api.get("/api/services", token())), SAAS_READ);
        table.put(new Endpoint("GET /api/services/{id}", () -> api.get("/api/services/" + service, token())), IN_SCOPE);
        table.put(
                new Endpoint(
                        "GET /api/services/{id}/history",
                        () -> api.get("/api/services/" + service + "/history", token())),
                IN_SCOPE);
        table.put(
                new Endpoint(
                        "POST /api/services",
                        () -> api.post(
                                "/api/services",
                                Map.of(
                                        "name",
                                        "Api rbac " + DirectoryFixtures.unique(),
                                        "vendor",
                                        "V",
                                        "category",
                                        "C",
                                        "status",
                                        "EVALUATING"),
                                token()),
                        () -> jdbc.queryForObject(
                                "select count(*) from saas_service where name like 'Api rbac %'", Long.class)),
                row(201, 403, 403, 403, 403));
        table.put(
                new Endpoint(
                        "PUT /api/services/{id}",
                        () -> api.put("/api/services/" + service, renamedService(), token()),
                        () -> jdbc.queryForMap("select vendor, version from saas_service where id = ?", service)),
                MANAGED);
        table.put(
                new Endpoint(
                        "PUT /api/services/{id}/admins",
                        () -> api.put(
                                "/api/services/" + service + "/admins",
                                Map.of(
                                        "accountIds",
                                        toggled(
                                                admins("service_admin", "service_id", service),
                                                serviceAdminId,
                                                spareServiceAdminId)),
                                token()),
                        () -> admins("service_admin", "service_id", service)),
                row(200, 403, 403, 403, 403));
        table.put(new Endpoint("GET /api/products", () -> api.get("/api/products", token())), SAAS_READ);
        table.put(new Endpoint("GET /api/products/{id}", () -> api.get("/api/products/" + product, token())), IN_SCOPE);
        table.put(
                new Endpoint(
                        "GET /api/products/{id}/history",
                        () -> api.get("/api/products/" + product + "/history", token())),
                IN_SCOPE);
        table.put(
                new Endpoint(
                        "POST /api/products",
                        () -> api.post(
                                "/api/products",
                                Map.of(
                                        "serviceId",
                                        service,
                                        "name",
                                        "Seats fixture api " + DirectoryFixtures.unique(),
                                        "licenceModel",
                                        "FLAT",
                                        "seatsPurchased",
                                        0,
                                        "cost",
                                        Map.of("amount", 5, "currency", "EUR"),
                                        "billingCycle",
                                        "MONTHLY"),
                                token()),
                        () -> jdbc.queryForObject(
                                "select count(*) from product where service_id = ?", Long.class, service)),
                row(201, 201, 404, 403, 404));
        table.put(
                new Endpoint(
                        "PUT /api/products/{id}",
                        () -> api.put("/api/products/" + product, reseatedProduct(), token()),
                        () -> jdbc.queryForMap("select seats_purchased, version from product where id = ?", product)),
                MANAGED);
        table.put(
                new Endpoint(
                        "PUT /api/products/{id}/admins",
                        () -> api.put(
                                "/api/products/" + product + "/admins",
                                Map.of(
                                        "accountIds",
                                        toggled(
                                                admins("product_admin", "product_id", product),
                                                productAdminId,
                                                spareProductAdminId)),
                                token()),
                        () -> admins("product_admin", "product_id", product)),
                MANAGED);
        List<Arguments> cases = new ArrayList<>();
        table.forEach((endpoint, statuses) -> {
            for (SaasCaller caller : SaasCaller.values()) {
                cases.add(Arguments.of(endpoint, caller, statuses[caller.ordinal()]));
            }
        });
        return cases.stream();
    }

    private String token() {
        return tokens.get(current);
    }

    /** The service as read, with another vendor: a change that an allowed update stores. */
    private ServiceForm renamedService() {
        ServiceForm read = users.as("admin", () -> catalog.service(service).form());
        return new ServiceForm(
                read.name(),
                "Vendor " + DirectoryFixtures.unique(),
                read.category(),
                read.website(),
                read.status(),
                read.description(),
                read.version());
    }

    private ProductForm reseatedProduct() {
        ProductForm read = users.as("admin", () -> catalog.product(product).form());
        return new ProductForm(
                read.name(),
                read.licenceModel(),
                read.seatsPurchased() + 1,
                read.cost(),
                read.billingCycle(),
                read.version());
    }

    private Set<Long> admins(String table, String column, long id) {
        return new TreeSet<>(
                jdbc.queryForList("select account_id from " + table + " where " + column + " = ?", Long.class, id));
    }

    /** The in-scope admin stays (later cases need the scope); the spare one comes and goes, so every allowed call changes the set. */
    private static Set<Long> toggled(Set<Long> current, long keep, long spare) {
        Set<Long> next = new TreeSet<>(current);
        next.add(keep);
        if (!next.remove(spare)) {
            next.add(spare);
        }
        return next;
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void each_role_gets_exactly_the_answers_of_its_scope(Endpoint endpoint, SaasCaller caller, int expected) {
        current = caller;
        Object before = endpoint.state() == null ? null : endpoint.state().get();
        Response response = endpoint.call().get();
        assertThat(response.status()).as("%s", response).isEqualTo(expected);
        if (response.status() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (endpoint.state() != null) {
            Object after = endpoint.state().get();
            if (expected >= 400) {
                assertThat(after).as("refused, yet the rows changed").isEqualTo(before);
            } else {
                assertThat(after).as("allowed, yet nothing changed").isNotEqualTo(before);
            }
        }
    }
}
