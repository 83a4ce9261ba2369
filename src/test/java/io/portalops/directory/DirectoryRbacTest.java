package io.portalops.directory;

import static io.portalops.directory.DirectoryRbacTest.Outcome.ALLOWED;
import static io.portalops.directory.DirectoryRbacTest.Outcome.DENIED;
import static io.portalops.directory.DirectoryRbacTest.Outcome.HIDDEN;
import static io.portalops.directory.DirectoryRbacTest.Outcome.NOT_FOUND;
import static io.portalops.directory.DirectoryRbacTest.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.inventory.LicenceModel;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every public method of the directory's services, on a product of the caller's scope (or not).
 * A refused call must also leave the grants and seats as they were.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryRbacTest {

    /** ALLOWED: answered (and sees the product's grant where that applies); HIDDEN: answered without the product's grant. */
    enum Outcome {
        ALLOWED,
        HIDDEN,
        NOT_FOUND,
        REFUSED,
        DENIED
    }

    /** Fresh rows per case, made by an admin: a person with a requested and an active grant on the product, and one who left. */
    record Case(long person, long requested, long active, long leaver) {}

    record Op(String name, Function<Case, Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    PersonService people;

    @Autowired
    AccessGrantService grants;

    @Autowired
    PeopleImport imports;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    io.portalops.inventory.SaasCatalog catalog;

    final Map<SaasCaller, String> usernames = new EnumMap<>(SaasCaller.class);
    long product;

    @BeforeAll
    void scopedAccounts() {
        long service = fixtures.service().id();
        long otherService = fixtures.service().id();
        product = fixtures.product(service, LicenceModel.PER_SEAT, 1000);
        long otherProduct = fixtures.product(otherService, LicenceModel.PER_SEAT, 1000);
        usernames.putAll(fixtures.saasCallers(service, otherService, product, otherProduct));
    }

    /** Outcomes in the order of {@link SaasCaller}. */
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
    static final Outcome[] SEES_IN_SCOPE = row(ALLOWED, ALLOWED, HIDDEN, ALLOWED, HIDDEN);
    static final Outcome[] RULE_IN_SCOPE = row(REFUSED, REFUSED, NOT_FOUND, REFUSED, NOT_FOUND);

    Stream<Arguments> matrix() {
        byte[] csv = ("employee_number,name,email,status\nRBAC-" + DirectoryFixtures.unique() + ",Rita Rbac,rita."
                        + DirectoryFixtures.unique() + "@example.com,active\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<Op, Outcome[]> table = new java.util.LinkedHashMap<>();
        table.put(new Op("PersonService.search", c -> people.search(PersonFilter.none(), List.of(), 0, 10)), SAAS_READ);
        table.put(
                new Op(
                        "PersonService.search by product held",
                        c ->
                                people
                                        .search(new PersonFilter(null, null, null, product), List.of(), 0, 500)
                                        .items()
                                        .stream()
                                        .anyMatch(p -> p.id() == c.person())),
                IN_SCOPE);
        table.put(new Op("PersonService.get", c -> people.get(c.person())), SAAS_READ);
        table.put(new Op("PersonService.history", c -> people.history(c.person())), SAAS_READ);
        table.put(new Op("PersonService.departments", c -> people.departments()), SAAS_READ);
        table.put(
                new Op(
                        "PersonService.create",
                        c -> people.create(DirectoryFixtures.form("Rbac Created", EmploymentStatus.ACTIVE))),
                ADMIN_ONLY);
        table.put(
                new Op(
                        "PersonService.update",
                        c -> people.update(c.person(), people.get(c.person()).form())),
                ADMIN_ONLY);
        table.put(new Op("PersonService.linkableAccounts", c -> people.linkableAccounts(c.person())), ADMIN_ONLY);
        table.put(new Op("PeopleImport.preview", c -> imports.preview("rbac.csv", csv)), ADMIN_ONLY);
        table.put(
                new Op("PeopleImport.commit", c -> imports.commit("rbac.csv", csv, ImportMode.VALID_ROWS_ONLY)),
                ADMIN_ONLY);
        table.put(new Op("PeopleImport.recent", c -> imports.recent(10)), ADMIN_ONLY);
        table.put(
                new Op(
                        "AccessGrantService.ofPerson",
                        c -> grants.ofPerson(c.person()).stream().anyMatch(g -> g.id() == c.active())),
                SEES_IN_SCOPE);
        table.put(
                new Op(
                        "AccessGrantService.search",
                        c -> grants.search(new GrantFilter(c.person(), null, null), 0, 10).items().stream()
                                .anyMatch(g -> g.id() == c.active())),
                SEES_IN_SCOPE);
        table.put(
                new Op(
                        "AccessGrantService.search by product",
                        c -> grants.search(new GrantFilter(null, product, null), 0, 10)),
                IN_SCOPE);
        table.put(new Op("AccessGrantService.get", c -> grants.get(c.active())), IN_SCOPE);
        table.put(new Op("AccessGrantService.history", c -> grants.history(c.active())), IN_SCOPE);
        table.put(new Op("AccessGrantService.holders", c -> grants.holders(product, 0, 10)), IN_SCOPE);
        table.put(
                new Op(
                        "AccessGrantService.create",
                        c -> grants.create(new GrantRequest(
                                fixtures.person("Rbac Grantee").id(), product, null, GrantStatus.ACTIVE, null))),
                IN_SCOPE);
        table.put(
                new Op(
                        "AccessGrantService.create for someone who left",
                        c -> grants.create(new GrantRequest(c.leaver(), product, null, GrantStatus.ACTIVE, null))),
                RULE_IN_SCOPE);
        table.put(new Op("AccessGrantService.activate", c -> grants.activate(c.requested())), IN_SCOPE);
        table.put(
                new Op("AccessGrantService.activate an active grant", c -> grants.activate(c.active())), RULE_IN_SCOPE);
        table.put(
                new Op(
                        "AccessGrantService.update",
                        c -> grants.update(
                                c.active(),
                                new GrantUpdate(
                                        "Editor",
                                        "Changed",
                                        grants.get(c.active()).version()))),
                IN_SCOPE);
        table.put(new Op("AccessGrantService.revoke", c -> grants.revoke(c.active(), "RBAC")), IN_SCOPE);
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
        Case c = users.as("admin", () -> {
            long person = fixtures.person("Rbac Person").id();
            long active = grants.create(new GrantRequest(person, product, "User", GrantStatus.ACTIVE, null))
                    .id();
            long requested = grants.create(new GrantRequest(
                            fixtures.person("Rbac Requester").id(), product, null, GrantStatus.REQUESTED, null))
                    .id();
            long leaver = people.create(DirectoryFixtures.form("Rbac Leaver", EmploymentStatus.LEFT))
                    .id();
            return new Case(person, requested, active, leaver);
        });
        int seatsBefore = seats();
        String username = usernames.get(caller);
        switch (expected) {
            case ALLOWED ->
                assertThat(users.as(username, () -> op.call().apply(c))).isNotEqualTo(Boolean.FALSE);
            case HIDDEN ->
                assertThat(users.as(username, () -> op.call().apply(c))).isEqualTo(Boolean.FALSE);
            case NOT_FOUND -> assertRefused(username, op, c, NotFoundException.class, seatsBefore);
            case REFUSED -> assertRefused(username, op, c, RuleViolationException.class, seatsBefore);
            case DENIED -> assertRefused(username, op, c, AccessDeniedException.class, seatsBefore);
        }
    }

    private void assertRefused(String username, Op op, Case c, Class<? extends Exception> refusal, int seatsBefore) {
        assertThatThrownBy(() -> users.as(username, () -> op.call().apply(c))).isInstanceOf(refusal);
        users.run("admin", () -> {
            assertThat(grants.get(c.requested()).status()).isEqualTo(GrantStatus.REQUESTED);
            assertThat(grants.get(c.active()).status()).isEqualTo(GrantStatus.ACTIVE);
            assertThat(grants.get(c.active()).role()).isEqualTo("User");
        });
        assertThat(seats()).isEqualTo(seatsBefore);
    }

    private int seats() {
        return users.as("admin", () -> catalog.product(product).product().seatsAssigned());
    }
}
