package io.portalops.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductRef;
import io.portalops.shared.Money;
import io.portalops.shared.ui.HistoryGrid;
import io.portalops.shared.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class PersonViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    PersonView open(long personId) {
        PersonView view = navigate(PersonView.class, Long.toString(personId));
        roundTrip();
        return view;
    }

    /** The button with the text in the actions column of a grant's row. */
    Button action(PersonView view, GrantListItem grant, String text) {
        int row = rows(view).indexOf(grant);
        var cell = test(view.access.grid).getCellComponent(row, 7);
        return find(Button.class, cell).withText(text).single();
    }

    List<GrantListItem> rows(PersonView view) {
        return view.access.grid.getListDataView().getItems().toList();
    }

    /** A demo person with an active grant of Gmail and grants of products outside Google Workspace. */
    long gmailHolderWithOtherGrants() {
        return jdbc.queryForObject(
                "select g.person_id from access_grant g join product p on p.id = g.product_id "
                        + "join saas_service s on s.id = p.service_id where p.name = 'Gmail' and g.status = 'ACTIVE' and exists ("
                        + "select 1 from access_grant o join product op on op.id = o.product_id join saas_service os on os.id = op.service_id "
                        + "where o.person_id = g.person_id and os.name not in ('Google Workspace', 'Slack', 'GitHub')) order by g.person_id limit 1",
                Long.class);
    }

    @Test
    @WithUserDetails("productadmin")
    void a_product_admin_sees_only_the_grants_of_their_products_and_cannot_edit_the_person() {
        long person = gmailHolderWithOtherGrants();
        PersonView view = open(person);

        assertThat(rows(view))
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.productName()).isIn("Gmail", "Drive"));
        Integer all =
                jdbc.queryForObject("select count(*) from access_grant where person_id = ?", Integer.class, person);
        assertThat(rows(view).size()).isLessThan(all);
        assertThat(view.editor.save.isVisible()).isFalse();
        assertThat(view.editor.name.isReadOnly()).isTrue();
        assertThat(view.subtitle.getText()).contains("cannot sign in");
    }

    @Test
    @WithUserDetails("admin")
    void each_grant_opens_its_history_under_its_row() {
        PersonView view = open(gmailHolderWithOtherGrants());
        GrantListItem first = rows(view).getFirst();
        assertThat(view.access.grid.isDetailsVisible(first)).isFalse();

        test(action(view, first, "History")).click();

        assertThat(view.access.grid.isDetailsVisible(first)).isTrue();
        HistoryGrid history = (HistoryGrid) view.access.history(first);
        assertThat(history.getListDataView().getItems()).anySatisfy(row -> {
            assertThat(row.what()).isEqualTo("Created");
            assertThat(row.who()).isEqualTo("Demo data generator");
        });
    }

    @Test
    @WithUserDetails("admin")
    void granting_from_the_person_page_adds_an_active_grant_and_revoking_it_keeps_it_as_revoked() {
        var free = jdbc.queryForMap(
                "select p.id, s.name || ' · ' || p.name as label, p.name from product p join saas_service s on s.id = p.service_id "
                        + "where (p.licence_model <> 'PER_SEAT' or p.seats_assigned < p.seats_purchased) order by p.id limit 1");
        long product = (Long) free.get("id");
        long person = jdbc.queryForObject(
                "select min(id) from person p where status = 'ACTIVE' and not exists (select 1 from access_grant g "
                        + "where g.person_id = p.id and g.product_id = ?)",
                Long.class,
                product);
        PersonView view = open(person);
        int before = rows(view).size();

        test(view.access.grant).click();
        GrantDialog dialog = find(GrantDialog.class).single();
        test(dialog.product).selectItem((String) free.get("label"));
        test(dialog.role).setValue("Guest");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as(dialog.product.getErrorMessage()).isFalse();
        assertThat(rows(view)).hasSize(before + 1).anySatisfy(g -> {
            assertThat(g.productId()).isEqualTo(product);
            assertThat(g.status()).isEqualTo(GrantStatus.ACTIVE);
            assertThat(g.grantedBy()).isEqualTo("Ada Admin");
            assertThat(g.role()).isEqualTo("Guest");
        });
        GrantListItem granted = rows(view).stream()
                .filter(g -> g.productId() == product && g.status() == GrantStatus.ACTIVE)
                .findFirst()
                .orElseThrow();

        test(action(view, granted, "Revoke")).click();
        RevokeDialog revoke = find(RevokeDialog.class).single();
        test(revoke.reason).setValue("Test over");
        test(revoke.confirm).click();

        assertThat(rows(view))
                .filteredOn(g -> g.id() == granted.id())
                .singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo(GrantStatus.REVOKED));
        assertThat(jdbc.queryForObject("select note from access_grant where id = ?", String.class, granted.id()))
                .isEqualTo("Test over");
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_full_product_refuses_the_grant_in_the_dialog() {
        Long full = jdbc.queryForObject(
                "select min(p.id) from product p join saas_service s on s.id = p.service_id where s.name in "
                        + "('Google Workspace', 'Slack', 'GitHub') and p.licence_model = 'PER_SEAT'",
                Long.class);
        String label = jdbc.queryForObject(
                "select s.name || ' · ' || p.name from product p join saas_service s on s.id = p.service_id "
                        + "where p.id = ?",
                String.class,
                full);
        jdbc.update("update product set seats_purchased = seats_assigned where id = ?", full);
        try {
            long person = jdbc.queryForObject(
                    "select min(id) from person p where status = 'ACTIVE' and not exists "
                            + "(select 1 from access_grant g where g.person_id = p.id and g.product_id = ?)",
                    Long.class,
                    full);
            PersonView view = open(person);
            int before = rows(view).size();
            test(view.access.grant).click();
            GrantDialog dialog = find(GrantDialog.class).single();
            test(dialog.product).selectItem(label);
            test(dialog.save).click();

            assertThat(dialog.product.isInvalid()).isTrue();
            assertThat(dialog.product.getErrorMessage()).contains("No free seat");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(rows(view)).hasSize(before);
        } finally {
            jdbc.update("update product set seats_purchased = seats_purchased + 10 where id = ?", full);
        }
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_service_admin_cannot_reach_the_new_person_form_or_a_missing_person() {
        for (String parameter : List.of("new", "999999999", "abc")) {
            UI.getCurrent().navigate(PersonView.class, parameter);
            assertThat(getCurrentView()).as(parameter).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_person_who_then_has_their_page_and_history() {
        PersonView view = navigate(PersonView.class, "new");
        roundTrip();
        String key = io.portalops.directory.DirectoryFixtures.unique();
        test(view.editor.employeeNumber).setValue("UI-" + key);
        test(view.editor.name).setValue("Una Interface");
        test(view.editor.email).setValue("una." + key + "@example.com");
        test(view.editor.status).selectItem("Pending start");
        test(view.editor.save).click();
        assertThat(view.editor.startDate.isInvalid())
                .as("pending start needs a start date")
                .isTrue();

        test(view.editor.startDate).setValue(java.time.LocalDate.now().plusDays(14));
        test(view.editor.save).click();

        Long id = jdbc.queryForObject("select id from person where employee_number = ?", Long.class, "UI-" + key);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("directory/people/" + id);
        PersonView created = (PersonView) getCurrentView();
        assertThat(created.getPageTitle()).isEqualTo("Una Interface · Directory");
        roundTrip();
        test(created.tabs).select("History");
        roundTrip();
        assertThat(find(HistoryGrid.class, created.history)
                        .single()
                        .getListDataView()
                        .getItems())
                .anySatisfy(row -> assertThat(row.what()).isEqualTo("Created"));
    }

    @Autowired
    io.portalops.directory.AccessGrantService grants;

    @Autowired
    io.portalops.directory.PersonService people;

    @Test
    @WithUserDetails("admin")
    void a_role_over_the_limit_is_refused_by_the_service_on_the_role_field_and_grants_nothing() {
        long person = jdbc.queryForObject("select min(id) from person where status = 'ACTIVE'", Long.class);
        long product = jdbc.queryForObject("select min(id) from product", Long.class);
        ProductRef ref = new ProductRef(
                product, 0, "Service", "Product", LicenceModel.FLAT, Money.of("0", "EUR"), BillingCycle.MONTHLY);
        long before = grantsOf(person);
        GrantDialog dialog =
                new GrantDialog(grants, people, List.of(), new PersonOption(person, "Someone"), ref, saved -> {});
        // as a tampered request brings it: the field's own limit is not the only guard
        dialog.role.setValue("r".repeat(81));

        dialog.save.click();

        assertThat(dialog.role.isInvalid()).isTrue();
        assertThat(dialog.role.getErrorMessage()).contains("80");
        assertThat(dialog.note.isInvalid()).isFalse();
        assertThat(grantsOf(person)).isEqualTo(before);
    }

    private long grantsOf(long person) {
        return jdbc.queryForObject("select count(*) from access_grant where person_id = ?", Long.class, person);
    }
}
