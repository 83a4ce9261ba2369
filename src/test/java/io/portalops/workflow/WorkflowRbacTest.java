package io.portalops.workflow;

import static io.portalops.workflow.WorkflowRbacTest.Outcome.ALLOWED;
import static io.portalops.workflow.WorkflowRbacTest.Outcome.DENIED;
import static io.portalops.workflow.WorkflowRbacTest.Outcome.HIDDEN;
import static io.portalops.workflow.WorkflowRbacTest.Outcome.INVALID;
import static io.portalops.workflow.WorkflowRbacTest.Outcome.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.SaasCaller;
import io.portalops.inventory.LicenceModel;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every role against every public method of the workflow's services, on a task of a product in the caller's scope
 * (or not). A refused call must leave the task open and the person without the grant.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowRbacTest {

    /** ALLOWED: answered (and sees the task where that applies); HIDDEN: answered without the task. */
    enum Outcome {
        ALLOWED,
        HIDDEN,
        NOT_FOUND,
        INVALID,
        DENIED
    }

    /** Fresh per case, made by an admin: a person pending start with one open grant task on the product. */
    record Case(long person, long task, long run) {}

    record Op(String name, Function<Case, Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    WorkflowService workflow;

    @Autowired
    AccessProfiles profiles;

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    TestUsers users;

    final Map<SaasCaller, String> usernames = new EnumMap<>(SaasCaller.class);
    long product;
    String department;
    long profile;

    @BeforeAll
    void scopedAccounts() {
        long service = fx.service();
        long otherService = fx.service();
        product = fx.product(service, LicenceModel.PER_SEAT, 1000);
        long otherProduct = fx.product(otherService, LicenceModel.PER_SEAT, 1000);
        department = WorkflowFixtures.department();
        profile = fx.profile(department, null, product).id();
        usernames.putAll(directory.saasCallers(service, otherService, product, otherProduct));
    }

    /** Outcomes in the order of {@link SaasCaller}; the four roles outside SaaS operations are always denied. */
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

    static final Outcome[] ADMIN_ONLY = row(ALLOWED, DENIED, DENIED, DENIED, DENIED);
    static final Outcome[] IN_SCOPE = row(ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND);
    static final Outcome[] SEES_IN_SCOPE = row(ALLOWED, ALLOWED, HIDDEN, ALLOWED, HIDDEN);
    static final Outcome[] NOTE_REQUIRED = row(INVALID, INVALID, INVALID, INVALID, INVALID);

    Stream<Arguments> matrix() {
        Map<Op, Outcome[]> table = new LinkedHashMap<>();
        table.put(
                new Op(
                        "WorkflowService.search",
                        c ->
                                workflow
                                        .search(new TaskFilter(null, null, c.person(), null, null, null, null), 0, 10)
                                        .items()
                                        .stream()
                                        .anyMatch(t -> t.id() == c.task())),
                SEES_IN_SCOPE);
        table.put(new Op("WorkflowService.get", c -> workflow.get(c.task())), IN_SCOPE);
        table.put(new Op("WorkflowService.complete", c -> workflow.complete(c.task(), "Ticket RBAC-1")), IN_SCOPE);
        table.put(
                new Op("WorkflowService.complete without evidence", c -> workflow.complete(c.task(), " ")),
                NOTE_REQUIRED);
        table.put(new Op("WorkflowService.skip", c -> workflow.skip(c.task(), "Not needed")), IN_SCOPE);
        table.put(new Op("WorkflowService.skip without a reason", c -> workflow.skip(c.task(), "")), NOTE_REQUIRED);
        table.put(new Op("WorkflowService.run", c -> workflow.run(c.run())), IN_SCOPE);
        table.put(
                new Op(
                        "WorkflowService.runsOf",
                        c -> workflow.runsOf(c.person()).stream().anyMatch(r -> r.id() == c.run())),
                SEES_IN_SCOPE);
        table.put(new Op("AccessProfiles.list", c -> profiles.list()), ADMIN_ONLY);
        table.put(new Op("AccessProfiles.get", c -> profiles.get(profile)), ADMIN_ONLY);
        table.put(
                new Op(
                        "AccessProfiles.create",
                        c -> profiles.create(new AccessProfileForm(
                                "Rbac " + DirectoryFixtures.unique(),
                                WorkflowFixtures.department(),
                                null,
                                Set.of(product),
                                null))),
                ADMIN_ONLY);
        table.put(
                new Op("AccessProfiles.update", c -> {
                    AccessProfileItem current = profiles.get(profile);
                    return profiles.update(
                            profile,
                            new AccessProfileForm(
                                    current.name(),
                                    current.department(),
                                    current.title(),
                                    current.products().stream()
                                            .map(io.portalops.inventory.ProductRef::id)
                                            .collect(java.util.stream.Collectors.toSet()),
                                    current.version()));
                }),
                ADMIN_ONLY);
        table.put(
                new Op("AccessProfiles.delete", c -> {
                    long spare = profiles.create(new AccessProfileForm(
                                    "Spare " + DirectoryFixtures.unique(),
                                    WorkflowFixtures.department(),
                                    null,
                                    Set.of(product),
                                    null))
                            .id();
                    profiles.delete(spare);
                    return true;
                }),
                ADMIN_ONLY);
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
        long person = fx.person(
                        "Rbac Starter",
                        department,
                        null,
                        EmploymentStatus.PENDING_START,
                        LocalDate.now().plusDays(30),
                        null)
                .id();
        TaskListItem task = fx.tasksOf(person).getFirst();
        Case c = new Case(person, task.id(), task.runId());
        String username = usernames.get(caller);
        switch (expected) {
            case ALLOWED ->
                assertThat(users.as(username, () -> op.call().apply(c))).isNotEqualTo(Boolean.FALSE);
            case HIDDEN ->
                assertThat(users.as(username, () -> op.call().apply(c))).isEqualTo(Boolean.FALSE);
            case NOT_FOUND -> assertRefused(username, op, c, NotFoundException.class);
            case INVALID -> assertRefused(username, op, c, InvalidInputException.class);
            case DENIED -> assertRefused(username, op, c, AccessDeniedException.class);
        }
    }

    private void assertRefused(String username, Op op, Case c, Class<? extends Exception> refusal) {
        assertThatThrownBy(() -> users.as(username, () -> op.call().apply(c))).isInstanceOf(refusal);
        assertThat(fx.tasksOf(c.person()))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(fx.grantsOf(c.person())).isEmpty();
    }
}
