package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.audit.EntityChange;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class AccessGrantServiceTest {

    @Autowired
    AccessGrantService grants;

    @Autowired
    PersonService people;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEvents events;

    int seatsAssigned(long productId) {
        return users.as("admin", () -> catalog.product(productId).product().seatsAssigned());
    }

    GrantListItem grant(String as, long personId, long productId, GrantStatus status) {
        return users.as(as, () -> grants.create(new GrantRequest(personId, productId, "User", status, null)));
    }

    @Test
    void granting_beyond_the_purchased_seats_is_refused_and_changes_nothing() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 2);
        grant("admin", fixtures.person("Seat One").id(), product, GrantStatus.ACTIVE);
        grant("admin", fixtures.person("Seat Two").id(), product, GrantStatus.ACTIVE);
        PersonDetails third = fixtures.person("Seat Three");

        assertThatThrownBy(() -> grant("admin", third.id(), product, GrantStatus.ACTIVE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("No free seat");

        assertThat(seatsAssigned(product)).isEqualTo(2);
        assertThat(users.as("admin", () -> grants.ofPerson(third.id()))).isEmpty();
    }

    @Test
    void a_request_holds_no_seat_and_activating_it_on_a_full_product_is_refused() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 1);
        GrantListItem requested = grant("admin", fixtures.person("Waiting").id(), product, GrantStatus.REQUESTED);
        assertThat(seatsAssigned(product)).isZero();
        grant("admin", fixtures.person("First").id(), product, GrantStatus.ACTIVE);

        assertThatThrownBy(() -> users.as("admin", () -> grants.activate(requested.id())))
                .isInstanceOf(RuleViolationException.class);
        assertThat(users.as("admin", () -> grants.get(requested.id())).status()).isEqualTo(GrantStatus.REQUESTED);
        assertThat(seatsAssigned(product)).isEqualTo(1);
    }

    @Test
    void products_not_sold_per_seat_grant_beyond_their_seat_count() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.FLAT, 0);
        grant("admin", fixtures.person("Flat One").id(), product, GrantStatus.ACTIVE);
        GrantListItem second = grant("admin", fixtures.person("Flat Two").id(), product, GrantStatus.ACTIVE);
        assertThat(second.status()).isEqualTo(GrantStatus.ACTIVE);
    }

    @Test
    void two_admins_granting_the_last_seat_at_once_get_one_grant_and_one_refusal() throws Exception {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 3);
        grant("admin", fixtures.person("Holder A").id(), product, GrantStatus.ACTIVE);
        grant("admin", fixtures.person("Holder B").id(), product, GrantStatus.ACTIVE);
        List<Long> contenders = List.of(
                fixtures.person("Contender A").id(),
                fixtures.person("Contender B").id());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<GrantListItem>> results = new ArrayList<>();
            for (long person : contenders) {
                results.add(pool.submit(() -> {
                    start.await();
                    return grant("admin", person, product, GrantStatus.ACTIVE);
                }));
            }
            start.countDown();
            int granted = 0;
            int refused = 0;
            for (Future<GrantListItem> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                    granted++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause())
                            .isInstanceOf(RuleViolationException.class)
                            .hasMessageContaining("No free seat");
                    refused++;
                }
            }
            assertThat(granted).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(seatsAssigned(product)).isEqualTo(3);
        assertThat(users.as("admin", () -> grants.search(new GrantFilter(null, product, GrantStatus.ACTIVE), 0, 10))
                        .items())
                .hasSize(3);
    }

    @Test
    void revoking_an_active_grant_frees_its_seat_and_keeps_the_grant_with_its_history() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 1);
        PersonDetails person = fixtures.person("Revoked Person");
        GrantListItem active = grant("admin", person.id(), product, GrantStatus.ACTIVE);

        GrantListItem revoked = users.as("admin", () -> grants.revoke(active.id(), "Moved to another team"));

        assertThat(revoked.status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("Ada Admin");
        assertThat(revoked.note()).isEqualTo("Moved to another team");
        assertThat(seatsAssigned(product)).isZero();
        assertThat(events.stream(AccessRevoked.class)).anyMatch(e -> e.grantId() == active.id() && e.wasActive());
        List<EntityChange> history = users.as("admin", () -> grants.history(active.id()));
        assertThat(history).extracting(EntityChange::kind).containsExactly("Changed", "Created");
        assertThat(history.getFirst().fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("Status");
            assertThat(f.oldValue()).isEqualTo("Active");
            assertThat(f.newValue()).isEqualTo("Revoked");
        });
        assertThatThrownBy(() -> users.as("admin", () -> grants.revoke(active.id(), null)))
                .isInstanceOf(RuleViolationException.class);
        GrantListItem again = grant("admin", person.id(), product, GrantStatus.ACTIVE);
        assertThat(again.id()).isNotEqualTo(active.id());
    }

    @Test
    void a_person_holds_one_open_grant_per_product() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 5);
        PersonDetails person = fixtures.person("Once Only");
        grant("admin", person.id(), product, GrantStatus.REQUESTED);

        assertThatThrownBy(() -> grant("admin", person.id(), product, GrantStatus.ACTIVE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already has open access");
        assertThat(seatsAssigned(product)).isZero();
    }

    @Test
    void a_person_who_has_left_cannot_be_given_access() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 5);
        PersonDetails gone =
                users.as("admin", () -> people.create(DirectoryFixtures.form("Gone Person", EmploymentStatus.LEFT)));

        assertThatThrownBy(() -> grant("admin", gone.id(), product, GrantStatus.ACTIVE))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void activating_a_request_records_who_granted_it_and_publishes_the_grant() {
        long service = fixtures.service().id();
        long product = fixtures.product(service, LicenceModel.PER_SEAT, 5);
        String serviceAdmin = fixtures.account(io.portalops.security.Role.SERVICE_ADMIN);
        fixtures.serviceAdmin(serviceAdmin, service);
        GrantListItem requested =
                grant(serviceAdmin, fixtures.person("Asked For").id(), product, GrantStatus.REQUESTED);
        assertThat(events.stream(AccessRequested.class)).anyMatch(e -> e.grantId() == requested.id());

        GrantListItem active = users.as(serviceAdmin, () -> grants.activate(requested.id()));

        assertThat(active.status()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(active.grantedBy()).isEqualTo("Fixture " + serviceAdmin);
        assertThat(active.grantedAt()).isNotNull();
        assertThat(seatsAssigned(product)).isEqualTo(1);
        assertThat(events.stream(AccessGranted.class))
                .anyMatch(e -> e.grantId() == requested.id() && e.byAccountId() == fixtures.accountId(serviceAdmin));
    }

    @Test
    void the_holders_of_a_product_are_its_active_grants_by_name_and_out_of_scope_products_are_not_found() {
        long service = fixtures.service().id();
        long product = fixtures.product(service, LicenceModel.PER_SEAT, 5);
        grant("admin", fixtures.person("Zed Holder").id(), product, GrantStatus.ACTIVE);
        grant("admin", fixtures.person("Abe Holder").id(), product, GrantStatus.ACTIVE);
        grant("admin", fixtures.person("Requested Only").id(), product, GrantStatus.REQUESTED);

        assertThat(users.as("admin", () -> grants.holders(product, 0, 10)).items())
                .extracting(ProductHolder::name)
                .containsExactly("Abe Holder", "Zed Holder");
        assertThatThrownBy(() -> users.as("productadmin", () -> grants.holders(product, 0, 10)))
                .isInstanceOf(NotFoundException.class);
    }
}
