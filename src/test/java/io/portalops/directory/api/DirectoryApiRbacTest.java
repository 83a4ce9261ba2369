package io.portalops.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonService;
import io.portalops.directory.SaasCaller;
import io.portalops.inventory.LicenceModel;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every directory endpoint over real HTTP, on a product of the caller's scope (or not): 2xx when
 * allowed, 403 for a role that has no part in the directory, 404 for a row outside the scope, 409 for a business rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryApiRbacTest {

    /** Fresh rows per case: a person with an active grant of the product, someone's request for it, and a person who left. */
    record Case(long person, long requested, long active, long leaver) {}

    /** One HTTP call, made with the current caller's token. */
    record Endpoint(String name, Function<Case, Response> call) {
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
    PersonService people;

    @Autowired
    AccessGrantService grants;

    @Autowired
    TestUsers users;

    ApiTestClient api;
    final Map<SaasCaller, String> tokens = new EnumMap<>(SaasCaller.class);
    long product;

    @BeforeAll
    void signIn() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.23"));
        long service = fixtures.service().id();
        long otherService = fixtures.service().id();
        product = fixtures.product(service, LicenceModel.PER_SEAT, 1000);
        long otherProduct = fixtures.product(otherService, LicenceModel.PER_SEAT, 1000);
        Map<SaasCaller, String> usernames = fixtures.saasCallers(service, otherService, product, otherProduct);
        usernames.forEach((caller, username) -> tokens.put(caller, token(username, caller.password(username))));
    }

    private String token(String username, String password) {
        return api.login(username, password).get("access_token").asString();
    }

    static final int[] SAAS_READ = row(200, 200, 200, 200, 200);
    static final int[] IN_SCOPE = row(200, 200, 404, 200, 404);
    static final int[] CREATED_IN_SCOPE = row(201, 201, 404, 201, 404);
    static final int[] RULE_IN_SCOPE = row(409, 409, 404, 409, 404);
    /** 200 for all SaaS admins; -200 means 200 without the product's grant in the answer. */
    static final int[] SEES_IN_SCOPE = row(200, 200, -200, 200, -200);

    static int[] row(
            int admin, int ownServiceAdmin, int otherServiceAdmin, int ownProductAdmin, int otherProductAdmin) {
        return new int[] {
            admin, ownServiceAdmin, otherServiceAdmin, ownProductAdmin, otherProductAdmin, 403, 403, 403, 403
        };
    }

    Stream<Arguments> matrix() {
        Map<Endpoint, int[]> table = new LinkedHashMap<>();
        table.put(new Endpoint("GET /api/people", c -> api.get("/api/people?size=5", token())), SAAS_READ);
        table.put(
                new Endpoint(
                        "GET /api/people?productId",
                        c -> api.get("/api/people?size=500&productId=" + product, token())),
                IN_SCOPE);
        table.put(new Endpoint("GET /api/people/{id}", c -> api.get("/api/people/" + c.person(), token())), SAAS_READ);
        table.put(
                new Endpoint(
                        "GET /api/people/{id}/history",
                        c -> api.get("/api/people/" + c.person() + "/history", token())),
                SAAS_READ);
        table.put(
                new Endpoint(
                        "GET /api/people/{id}/access-grants",
                        c -> api.get("/api/people/" + c.person() + "/access-grants", token())),
                SEES_IN_SCOPE);
        table.put(
                new Endpoint(
                        "POST /api/people",
                        c -> api.post(
                                "/api/people", DirectoryFixtures.form("Api Rbac", EmploymentStatus.ACTIVE), token())),
                row(201, 403, 403, 403, 403));
        table.put(
                new Endpoint(
                        "PUT /api/people/{id}",
                        c -> api.put(
                                "/api/people/" + c.person(),
                                users.as("admin", () -> people.get(c.person()).form()),
                                token())),
                row(200, 403, 403, 403, 403));
        table.put(
                new Endpoint(
                        "GET /api/access-grants?personId",
                        c -> api.get("/api/access-grants?personId=" + c.person(), token())),
                SEES_IN_SCOPE);
        table.put(
                new Endpoint("GET /api/access-grants/{id}", c -> api.get("/api/access-grants/" + c.active(), token())),
                IN_SCOPE);
        table.put(
                new Endpoint(
                        "GET /api/access-grants/{id}/history",
                        c -> api.get("/api/access-grants/" + c.active() + "/history", token())),
                IN_SCOPE);
        table.put(
                new Endpoint(
                        "POST /api/access-grants",
                        c -> api.post(
                                "/api/access-grants",
                                Map.of(
                                        "personId",
                                        fixtures.person("Api Grantee").id(),
                                        "productId",
                                        product),
                                token())),
                CREATED_IN_SCOPE);
        table.put(
                new Endpoint(
                        "POST /api/access-grants for someone who left",
                        c -> api.post(
                                "/api/access-grants", Map.of("personId", c.leaver(), "productId", product), token())),
                RULE_IN_SCOPE);
        table.put(
                new Endpoint(
                        "PUT /api/access-grants/{id}",
                        c -> api.put(
                                "/api/access-grants/" + c.active(), Map.of("role", "Viewer", "version", 0), token())),
                IN_SCOPE);
        table.put(
                new Endpoint(
                        "POST /api/access-grants/{id}/activate",
                        c -> api.post("/api/access-grants/" + c.requested() + "/activate", "", token())),
                IN_SCOPE);
        table.put(
                new Endpoint(
                        "DELETE /api/access-grants/{id}", c -> api.delete("/api/access-grants/" + c.active(), token())),
                IN_SCOPE);
        List<Arguments> cases = new ArrayList<>();
        table.forEach((endpoint, statuses) -> {
            for (SaasCaller caller : SaasCaller.values()) {
                cases.add(Arguments.of(endpoint, caller, statuses[caller.ordinal()]));
            }
        });
        return cases.stream();
    }

    private SaasCaller current;

    private String token() {
        return tokens.get(current);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void each_role_gets_exactly_the_answers_of_its_scope(Endpoint endpoint, SaasCaller caller, int expected) {
        Case c = users.as("admin", () -> {
            long person = fixtures.person("Api Rbac Person").id();
            long active = grants.create(new GrantRequest(person, product, "User", GrantStatus.ACTIVE, null))
                    .id();
            long requested = grants.create(new GrantRequest(
                            fixtures.person("Api Rbac Requester").id(), product, null, GrantStatus.REQUESTED, null))
                    .id();
            long leaver = people.create(DirectoryFixtures.form("Api Rbac Leaver", EmploymentStatus.LEFT))
                    .id();
            return new Case(person, requested, active, leaver);
        });
        current = caller;

        Response response = endpoint.call().apply(c);

        assertThat(response.status()).as("%s", response).isEqualTo(Math.abs(expected));
        if (response.status() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            users.run("admin", () -> {
                assertThat(grants.get(c.active()).status()).isEqualTo(GrantStatus.ACTIVE);
                assertThat(grants.get(c.active()).role()).isEqualTo("User");
                assertThat(grants.get(c.requested()).status()).isEqualTo(GrantStatus.REQUESTED);
            });
        }
        if (response.status() == 200
                && (endpoint.name().startsWith("GET /api/people/{id}/access-grants")
                        || endpoint.name().startsWith("GET /api/access-grants?personId"))) {
            assertThat(response.body().contains("\"id\":" + c.active() + ","))
                    .as("sees the product's grant")
                    .isEqualTo(expected > 0);
        }
    }
}
