package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.audit.EntityChange;
import io.portalops.inventory.LicenceModel;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.StaleDataException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class PersonServiceTest {

    @Autowired
    PersonService people;

    @Autowired
    AccessGrantService grants;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    static PersonForm with(
            PersonForm f, EmploymentStatus status, LocalDate start, LocalDate end, Long managerId, Long version) {
        return new PersonForm(
                f.employeeNumber(),
                f.name(),
                f.email(),
                f.department(),
                f.title(),
                managerId,
                f.location(),
                status,
                start,
                end,
                f.accountId(),
                version);
    }

    @Test
    void an_admin_creates_and_edits_a_person_and_the_history_shows_the_change() {
        PersonDetails manager = fixtures.person("Mona Manager");
        PersonDetails created = fixtures.person("Eddie Edited");
        assertThat(events.stream(PersonChanged.class)).anyMatch(e -> e.personId() == created.id() && e.created());

        PersonDetails leaving = users.as(
                "admin",
                () -> people.update(
                        created.id(),
                        with(
                                created.form(),
                                EmploymentStatus.LEAVING,
                                created.startDate(),
                                LocalDate.now().plusDays(14),
                                manager.id(),
                                created.version())));

        assertThat(leaving.status()).isEqualTo(EmploymentStatus.LEAVING);
        assertThat(leaving.managerName()).isEqualTo("Mona Manager");
        assertThat(events.stream(PersonChanged.class))
                .anyMatch(e -> e.personId() == created.id()
                        && e.statusChanged()
                        && e.previousStatus() == EmploymentStatus.ACTIVE
                        && e.status() == EmploymentStatus.LEAVING);
        List<EntityChange> history = users.as("serviceadmin", () -> people.history(created.id()));
        assertThat(history.getFirst().actor()).isEqualTo("Ada Admin");
        assertThat(history.getFirst().fields())
                .extracting(EntityChange.FieldChange::field)
                .contains("Status", "End date", "Manager");
    }

    @Test
    void emails_and_employee_numbers_are_unique_ignoring_the_case_of_the_email() {
        PersonDetails first = fixtures.person("Unique One");
        PersonForm form = DirectoryFixtures.form("Unique Two", EmploymentStatus.ACTIVE);
        PersonForm sameEmail = new PersonForm(
                form.employeeNumber(),
                form.name(),
                first.email().toUpperCase(),
                null,
                null,
                null,
                null,
                EmploymentStatus.ACTIVE,
                null,
                null,
                null,
                null);
        PersonForm sameNumber = new PersonForm(
                first.employeeNumber(),
                form.name(),
                form.email(),
                null,
                null,
                null,
                null,
                EmploymentStatus.ACTIVE,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> users.as("admin", () -> people.create(sameEmail)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("email"));
        assertThatThrownBy(() -> users.as("admin", () -> people.create(sameNumber)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("employeeNumber"));
    }

    @Test
    void bad_input_is_refused_and_nothing_is_saved() {
        Integer before = jdbc.queryForObject("select count(*) from person", Integer.class);
        PersonForm f = DirectoryFixtures.form("Bad Input", EmploymentStatus.ACTIVE);
        PersonForm badEmail = new PersonForm(
                f.employeeNumber(),
                f.name(),
                "not-an-email",
                null,
                null,
                null,
                null,
                EmploymentStatus.ACTIVE,
                null,
                null,
                null,
                null);
        PersonForm pendingWithoutStart = with(f, EmploymentStatus.PENDING_START, null, null, null, null);
        PersonForm endBeforeStart = with(
                f, EmploymentStatus.LEAVING, LocalDate.now(), LocalDate.now().minusDays(1), null, null);
        PersonForm noSuchManager = with(f, EmploymentStatus.ACTIVE, null, null, Long.MAX_VALUE, null);

        assertThatThrownBy(() -> users.as("admin", () -> people.create(badEmail)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> users.as("admin", () -> people.create(pendingWithoutStart)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as("admin", () -> people.create(endBeforeStart)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as("admin", () -> people.create(noSuchManager)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void no_one_manages_themselves_even_through_a_chain() {
        PersonDetails top = fixtures.person("Top Boss");
        PersonDetails middle = users.as(
                "admin",
                () -> people.create(with(
                        DirectoryFixtures.form("Middle", EmploymentStatus.ACTIVE),
                        EmploymentStatus.ACTIVE,
                        null,
                        null,
                        top.id(),
                        null)));

        assertThatThrownBy(() -> users.as(
                        "admin",
                        () -> people.update(
                                top.id(),
                                with(
                                        top.form(),
                                        EmploymentStatus.ACTIVE,
                                        top.startDate(),
                                        null,
                                        middle.id(),
                                        top.version()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("managed by themselves");
    }

    @Test
    void a_stale_version_is_refused() {
        PersonDetails person = fixtures.person("Stale Steve");
        users.run("admin", () -> people.update(person.id(), person.form()));

        assertThatThrownBy(() -> users.as("admin", () -> people.update(person.id(), person.form())))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void filters_combine_and_the_product_filter_keeps_the_people_holding_it_within_the_callers_scope() {
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 5);
        PersonDetails holder = fixtures.person("Filter Holder");
        PersonDetails other = fixtures.person("Filter Other");
        users.run("admin", () -> grants.create(new GrantRequest(holder.id(), product, null, GrantStatus.ACTIVE, null)));
        users.run(
                "admin", () -> grants.create(new GrantRequest(other.id(), product, null, GrantStatus.REQUESTED, null)));

        var held = users.as(
                "admin",
                () -> people.search(
                        new PersonFilter(null, "Testing", EmploymentStatus.ACTIVE, product), List.of(), 0, 50));

        assertThat(held.items()).extracting(PersonListItem::id).containsExactly(holder.id());
        assertThat(held.hasNext()).isFalse();
        assertThatThrownBy(() -> users.as(
                        "productadmin",
                        () -> people.search(new PersonFilter(null, null, null, product), List.of(), 0, 50)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(
                                "productadmin",
                                () -> people.search(
                                        new PersonFilter("Filter Holder", null, null, null), List.of(), 0, 50))
                        .items())
                .extracting(PersonListItem::id)
                .contains(holder.id());
    }
}
