package io.portalops.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.audit.EntityChange;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.SortOrder;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class CustomerServiceTest {

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    static CustomerForm form(String ref, String email, String nationalId, Long version) {
        return new CustomerForm(
                ref,
                "Acme " + ref,
                CustomerKind.COMPANY,
                nationalId,
                email,
                "+46 70 123 45 67",
                "Main street 1, Stockholm",
                "SE",
                CustomerSegment.SMB,
                CustomerStatus.ACTIVE,
                null,
                version);
    }

    @Test
    @WithUserDetails("manager")
    void account_manager_sees_only_own_customers() {
        var page = customers.search(CustomerFilter.none(), List.of(), 0, 500);
        long managerId = jdbc.queryForObject("select id from account where username = 'manager'", Long.class);
        assertThat(page.items()).isNotEmpty().allMatch(c -> c.ownerId() == managerId);
        Long foreign = jdbc.queryForObject("select min(id) from customer where owner_id <> ?", Long.class, managerId);
        assertThatThrownBy(() -> customers.get(foreign)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void picker_options_match_names_within_the_callers_scope_in_name_order() {
        long managerId = jdbc.queryForObject("select id from account where username = 'manager'", Long.class);
        var own = jdbc.queryForMap(
                "select id, name, external_ref from customer where owner_id = ? order by id limit 1", managerId);
        var foreign =
                jdbc.queryForMap("select id, name from customer where owner_id <> ? order by id limit 1", managerId);
        CustomerOption expected =
                new CustomerOption((Long) own.get("id"), (String) own.get("name"), (String) own.get("external_ref"));

        assertThat(customers.options(expected.name(), 0, 50)).contains(expected);
        assertThat(customers.options((String) foreign.get("name"), 0, 50))
                .extracting(CustomerOption::id)
                .doesNotContain((Long) foreign.get("id"));
        List<CustomerOption> page = customers.options("", 0, 20);
        assertThat(page).hasSize(20);
        assertThat(customers.options("", 10, 10)).isEqualTo(page.subList(10, 20));
        assertThat(customers.option(expected.id())).contains(expected);
        assertThat(customers.option((Long) foreign.get("id"))).isEmpty();
        assertThatThrownBy(() -> customers.options("", 0, 501)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("analyst")
    void analyst_reads_all_customers_but_cannot_create() {
        Long owners = jdbc.queryForObject("select count(distinct owner_id) from customer", Long.class);
        var page = customers.search(CustomerFilter.none(), List.of(), 0, 500);
        assertThat(page.items().stream()
                        .map(CustomerListItem::ownerId)
                        .distinct()
                        .count())
                .isEqualTo(owners);
        assertThatThrownBy(() -> customers.create(form("AN-1", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void personal_data_is_encrypted_at_rest_masked_on_read_and_found_by_blind_index() {
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L);
        CustomerDetails created =
                customers.create(form("ENC-" + unique, "Jane.Doe." + unique + "@Example.com", unique + "-1234", null));
        assertThat(created.emailMasked()).isEqualTo("J•••@Example.com");
        assertThat(created.nationalIdMasked()).isEqualTo("•••••1234");
        String stored = jdbc.queryForObject("select email_enc from customer where id = ?", String.class, created.id());
        assertThat(stored).doesNotContain("Jane").startsWith("k1:");

        var byEmail = customers.search(
                new CustomerFilter(null, null, null, null, null, null, " jane.doe." + unique + "@example.com ", null),
                List.of(),
                0,
                10);
        assertThat(byEmail.items()).extracting(CustomerListItem::id).containsExactly(created.id());
        var byId = customers.search(
                new CustomerFilter(null, null, null, null, null, null, null, unique + "1234"), List.of(), 0, 10);
        assertThat(byId.items()).extracting(CustomerListItem::id).containsExactly(created.id());
    }

    @Test
    @WithUserDetails("manager")
    void a_stale_version_is_refused_and_changes_nothing() {
        CustomerDetails created = customers.create(form("STALE-1", null, null, null));
        customers.update(created.id(), form("STALE-1", null, null, created.version()));
        assertThatThrownBy(() -> customers.update(
                        created.id(),
                        new CustomerForm(
                                "STALE-1",
                                "Other name",
                                CustomerKind.COMPANY,
                                null,
                                null,
                                null,
                                null,
                                "SE",
                                CustomerSegment.SMB,
                                CustomerStatus.ACTIVE,
                                null,
                                created.version())))
                .isInstanceOf(StaleDataException.class);
        assertThat(customers.get(created.id()).name()).isEqualTo("Acme STALE-1");
    }

    @Test
    @WithUserDetails("manager")
    void invalid_input_is_refused_and_nothing_is_saved() {
        Integer before = jdbc.queryForObject("select count(*) from customer", Integer.class);
        assertThatThrownBy(() -> customers.create(new CustomerForm(
                        "BAD 1",
                        "",
                        null,
                        "x",
                        "not-an-email",
                        "abc",
                        null,
                        "XX",
                        CustomerSegment.SMB,
                        CustomerStatus.ACTIVE,
                        null,
                        null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> customers.create(form("CUS-00000001", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class))
                .isEqualTo(before);
    }

    @Test
    @WithUserDetails("manager")
    void history_lists_who_changed_which_field_with_personal_data_masked() {
        CustomerDetails created = customers.create(form("HIST-1", "first@example.com", null, null));
        customers.update(
                created.id(),
                new CustomerForm(
                        "HIST-1",
                        "Renamed Ltd",
                        CustomerKind.COMPANY,
                        null,
                        "second@example.org",
                        null,
                        null,
                        "SE",
                        CustomerSegment.SMB,
                        CustomerStatus.SUSPENDED,
                        null,
                        created.version()));
        List<EntityChange> history = customers.history(created.id());
        assertThat(history).hasSize(2);
        EntityChange latest = history.getFirst();
        assertThat(latest.actor()).isEqualTo("Maria Manager");
        assertThat(latest.fields())
                .extracting(EntityChange.FieldChange::field)
                .contains("Name", "Email", "Status", "Phone")
                .doesNotContain("Country");
        assertThat(latest.fields())
                .filteredOn(f -> f.field().equals("Email"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.oldValue()).isEqualTo("f•••@example.com");
                    assertThat(f.newValue()).isEqualTo("s•••@example.org");
                });
    }

    @Test
    @WithUserDetails("manager")
    void history_shows_a_change_between_two_values_with_the_same_mask() {
        CustomerDetails created = customers.create(form("HIST-2", "anna@example.com", null, null));
        customers.update(created.id(), form("HIST-2", "anders@example.com", null, created.version()));
        assertThat(customers.history(created.id()).getFirst().fields())
                .containsExactly(
                        new EntityChange.FieldChange("Email", "a•••@example.com", "a•••@example.com (changed)"));
    }

    @Test
    @WithUserDetails("manager")
    void sorting_is_by_whitelisted_fields_and_pages_do_not_overlap() {
        var first =
                customers.search(CustomerFilter.none(), List.of(new SortOrder<>(CustomerSortField.NAME, false)), 0, 20);
        var second = customers.search(
                CustomerFilter.none(), List.of(new SortOrder<>(CustomerSortField.NAME, false)), 20, 20);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items())
                .extracting(CustomerListItem::name)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.items())
                .extracting(CustomerListItem::id)
                .doesNotContainAnyElementsOf(
                        second.items().stream().map(CustomerListItem::id).toList());
    }
}
