package io.portalops.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.shared.ui.NotFoundView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class CustomerDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manager")
    void saving_a_changed_name_and_status_stores_them_and_keeps_the_masked_email() {
        String token = token();
        CustomerDetails customer = create(token, "jane." + token + "@example.com", null);
        CustomerDetailView view = open(customer.id());
        assertThat(view.editor.name.getValue()).isEqualTo(customer.name());
        assertThat(view.editor.email.getValue())
                .as("personal data is never put into the field")
                .isEmpty();

        test(view.editor.name).setValue("Renamed " + token);
        test(view.editor.status).selectItem("Suspended");
        test(view.editor.save).click();

        CustomerDetails saved = customers.get(customer.id());
        assertThat(saved.name()).isEqualTo("Renamed " + token);
        assertThat(saved.status()).isEqualTo(CustomerStatus.SUSPENDED);
        assertThat(saved.version()).isGreaterThan(customer.version());
        assertThat(saved.emailMasked()).isEqualTo(customer.emailMasked()).isNotNull();
        assertThat(view.getPageTitle()).isEqualTo("Renamed " + token + " · Customers");

        test(view.editor.name).setValue("Renamed twice " + token);
        test(view.editor.save).click();
        assertThat(customers.get(customer.id()).name())
                .as("a second save builds on the first")
                .isEqualTo("Renamed twice " + token);
    }

    @Test
    @WithUserDetails("manager")
    void a_customer_created_through_the_new_form_is_then_shown_once_with_its_details_and_history() {
        String token = token();
        CustomerDetailView view = navigate(CustomerDetailView.class, "new");
        roundTrip();
        assertThat(view.tabs.getTabCount()).isEqualTo(1);

        test(view.editor.externalRef).setValue("UIN-" + token);
        test(view.editor.name).setValue("Created " + token);
        test(view.editor.country).selectItem("Norway (NO)");
        test(view.editor.email).setValue("new." + token + "@example.com");
        test(view.editor.save).click();
        roundTrip();

        long id = customers.idOf("UIN-" + token);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + id);
        CustomerDetailView shown = (CustomerDetailView) getCurrentView();
        assertThat(shown.tabs.getTabCount())
                .as("tabs: Details, History, and the Contracts and Events tabs of other modules, once")
                .isEqualTo(4);
        assertThat(shown.tabs.getTabAt(0).getLabel()).isEqualTo("Details");
        assertThat(shown.tabs.getTabAt(1).getLabel()).isEqualTo("History");
        assertThat(shown.tabs.getTabAt(2).getLabel()).isEqualTo("Contracts");
        assertThat(shown.editor.isAttached())
                .as("the editor on screen is the one for the saved customer")
                .isTrue();
        assertThat(shown.editor.name.getValue()).isEqualTo("Created " + token);
        assertThat(shown.editor.email.getPlaceholder()).isEqualTo("n•••@example.com");

        test(shown.editor.name).setValue("Created and renamed " + token);
        test(shown.editor.save).click();
        assertThat(customers.get(id).name()).isEqualTo("Created and renamed " + token);
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer where external_ref = ?", Integer.class, "UIN-" + token))
                .as("saving again updates, it does not create a second customer")
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void going_from_one_customer_to_another_shows_only_the_second() {
        CustomerDetails first = create(token(), null, null);
        CustomerDetails second = create(token(), null, null);
        open(first.id());

        CustomerDetailView view = open(second.id());
        selectTab(view, "History");

        assertThat(view.tabs.getTabCount()).isEqualTo(4);
        assertThat(view.editor.name.getValue()).isEqualTo(second.name());
        int expectedRows = customers.history(second.id()).stream()
                .mapToInt(change -> Math.max(1, change.fields().size()))
                .sum();
        assertThat(test(view.history.grid).size()).isEqualTo(expectedRows);
        for (int row = 0; row < expectedRows; row++) {
            io.portalops.shared.ui.HistoryGrid.Row shown =
                    test(view.history.grid).getRow(row);
            if (shown.field().equals("Name")) {
                assertThat(shown.newValue()).isEqualTo(second.name());
            }
        }
    }

    @Test
    @WithUserDetails("manager")
    void blank_name_bad_email_and_missing_country_show_field_errors_and_save_nothing() {
        CustomerDetails customer = create(token(), null, null);
        CustomerDetailView view = open(customer.id());
        int revisions = revisions(customer.id());

        test(view.editor.name).setValue("   ");
        test(view.editor.email).setValue("not-an-email");
        test(view.editor.country).selectItem(null);
        test(view.editor.save).click();

        assertThat(view.editor.name.isInvalid()).isTrue();
        assertThat(view.editor.name.getErrorMessage()).isEqualTo("is required");
        assertThat(view.editor.email.isInvalid()).isTrue();
        assertThat(view.editor.email.getErrorMessage()).isEqualTo("is not a valid email address");
        assertThat(view.editor.country.isInvalid()).isTrue();
        assertThat(view.editor.country.getErrorMessage()).isEqualTo("Choose a country");
        assertUnchanged(customer, revisions);
    }

    @Test
    @WithUserDetails("manager")
    void a_country_outside_the_iso_list_is_refused_by_the_service_and_shown_on_the_country_field() {
        CustomerDetails customer = create(token(), null, null);
        CustomerDetailView view = open(customer.id());
        int revisions = revisions(customer.id());

        // The country list only offers ISO codes, so this stands for a value the client cannot choose but a tampered
        // request or stale list could bring: the service's own check must land on the country field.
        view.editor.country.setValue("XX");
        test(view.editor.save).click();

        assertThat(view.editor.country.isInvalid()).isTrue();
        assertThat(view.editor.country.getErrorMessage()).isEqualTo("must be an ISO 3166 two-letter country code");
        assertUnchanged(customer, revisions);
    }

    @Test
    @WithUserDetails("manager")
    void a_duplicate_external_reference_is_shown_on_its_field_and_saves_nothing() {
        CustomerDetails customer = create(token(), null, null);
        String taken = jdbc.queryForObject(
                "select external_ref from customer where id <> ? order by id limit 1", String.class, customer.id());
        CustomerDetailView view = open(customer.id());
        int revisions = revisions(customer.id());

        test(view.editor.externalRef).setValue(taken);
        test(view.editor.name).setValue("Should not be saved");
        test(view.editor.save).click();

        assertThat(view.editor.externalRef.isInvalid()).isTrue();
        assertThat(view.editor.externalRef.getErrorMessage())
                .isEqualTo("Another customer already has this external reference.");
        assertUnchanged(customer, revisions);
    }

    @Test
    @WithUserDetails("manager")
    void another_managers_customer_a_missing_id_and_a_non_numeric_id_all_show_not_found() {
        long foreign = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id "
                        + "where a.username = 'manager2'",
                Long.class);
        long missing = jdbc.queryForObject("select max(id) + 1000 from customer", Long.class);

        for (String parameter : List.of(Long.toString(foreign), Long.toString(missing), "abc", "12x")) {
            UI.getCurrent().navigate(CustomerDetailView.class, parameter);
            assertThat(getCurrentView()).as("customers/%s", parameter).isInstanceOf(NotFoundView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo("customers/" + parameter);
        }
        assertThat(find(CustomerEditor.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_cannot_open_the_new_customer_form() {
        UI.getCurrent().navigate(CustomerDetailView.class, "new");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_sees_a_customer_read_only_without_a_save_button() {
        long id = jdbc.queryForObject("select min(id) from customer", Long.class);
        CustomerDetailView view = open(id);

        assertThat(view.editor.name.isReadOnly()).isTrue();
        assertThat(view.editor.save.isVisible()).isFalse();
        assertThat(view.editor.email.getSuffixComponent())
                .as("no reveal for non-admins")
                .isNull();
    }

    @Test
    @WithUserDetails("manager")
    void the_history_tab_lists_the_change_just_made_with_who_made_it() {
        String token = token();
        CustomerDetails customer = create(token, null, null);
        CustomerDetailView view = open(customer.id());
        selectTab(view, "History");
        int before = test(view.history.grid).size();
        assertThat(before).as("the creation is recorded").isPositive();

        selectTab(view, "Details");
        test(view.editor.name).setValue("Historic " + token);
        test(view.editor.save).click();
        selectTab(view, "History");

        var grid = test(view.history.grid);
        assertThat(grid.size()).isGreaterThan(before);
        io.portalops.shared.ui.HistoryGrid.Row latest = grid.getRow(0);
        assertThat(latest.who()).as("the display name, not the username").isEqualTo("Maria Manager");
        assertThat(latest.field()).isEqualTo("Name");
        assertThat(latest.oldValue()).isEqualTo(customer.name());
        assertThat(latest.newValue()).isEqualTo("Historic " + token);
        assertThat(grid.getCellText(0, 4)).isEqualTo(customer.name() + " → Historic " + token);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_reveals_a_masked_email_only_with_a_long_enough_reason_and_the_reveal_is_recorded() {
        String token = token();
        String email = "reveal." + token + "@example.com";
        CustomerDetails customer = customers.create(new CustomerForm(
                "UID-" + token,
                "Reveal " + token,
                CustomerKind.COMPANY,
                null,
                email,
                null,
                null,
                "SE",
                CustomerSegment.SMB,
                CustomerStatus.ACTIVE,
                accountId("manager"),
                null));
        CustomerDetailView view = open(customer.id());
        assertThat(view.editor.email.getPlaceholder()).isEqualTo(customer.emailMasked());
        Button revealButton = (Button) view.editor.email.getSuffixComponent();
        assertThat(revealButton.isVisible()).isTrue();
        assertThat(view.editor.nationalId.getSuffixComponent().isVisible())
                .as("nothing stored, nothing to reveal")
                .isFalse();

        test(revealButton).click();
        RevealDialog dialog = find(RevealDialog.class).single();
        test(dialog.reason).setValue("too short");
        test(find(Button.class, dialog).withText("Reveal").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage())
                .isEqualTo("Give a reason of at least 10 characters; it is recorded.");
        assertThat(view.editor.email.getValue()).isEmpty();
        assertThat(reveals(customer.id())).isZero();

        test(dialog.reason).setValue("Ticket SUP-4711: customer asked to verify their address");
        test(find(Button.class, dialog).withText("Reveal").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.editor.email.getValue()).isEqualTo(email);
        assertThat(reveals(customer.id())).isEqualTo(1);
        var record = jdbc.queryForMap(
                "select username, field, reason from pii_reveal where target_type = 'customer' and target_id = ?",
                Long.toString(customer.id()));
        assertThat(record)
                .containsEntry("username", "admin")
                .containsEntry("field", "EMAIL")
                .containsEntry("reason", "Ticket SUP-4711: customer asked to verify their address");
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_gets_no_reveal_button() {
        CustomerDetails customer = create(token(), "hidden." + token() + "@example.com", "850101-1234");
        CustomerDetailView view = open(customer.id());

        assertThat(view.editor.email.getPlaceholder()).isEqualTo(customer.emailMasked());
        assertThat(view.editor.email.getSuffixComponent()).isNull();
        assertThat(view.editor.nationalId.getSuffixComponent()).isNull();
        assertThat(find(Button.class).withAriaLabelContaining("Reveal").exists())
                .isFalse();
    }

    /** Opens the customer as the browser would: the tab sheet attaches its selected tab before the response. */
    private CustomerDetailView open(long customerId) {
        CustomerDetailView view = navigate(CustomerDetailView.class, Long.toString(customerId));
        roundTrip();
        return view;
    }

    private void selectTab(CustomerDetailView view, String label) {
        test(view.tabs).select(label);
        roundTrip();
    }

    private void assertUnchanged(CustomerDetails before, int revisions) {
        CustomerDetails now = customers.get(before.id());
        assertThat(now.version()).isEqualTo(before.version());
        assertThat(now.name()).isEqualTo(before.name());
        assertThat(now.externalRef()).isEqualTo(before.externalRef());
        assertThat(now.country()).isEqualTo(before.country());
        assertThat(now.emailMasked()).isEqualTo(before.emailMasked());
        assertThat(now.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(revisions(before.id())).isEqualTo(revisions);
    }

    /** A new customer of the signed-in manager, as read back from the database. */
    private CustomerDetails create(String token, String email, String nationalId) {
        long id = customers
                .create(new CustomerForm(
                        "UID-" + token,
                        "Detail " + token,
                        CustomerKind.COMPANY,
                        nationalId,
                        email,
                        "+46 70 123 45 67",
                        "Main street 1",
                        "SE",
                        CustomerSegment.SMB,
                        CustomerStatus.ACTIVE,
                        null,
                        null))
                .id();
        return customers.get(id);
    }

    private int revisions(long customerId) {
        return jdbc.queryForObject("select count(*) from customer_aud where id = ?", Integer.class, customerId);
    }

    private int reveals(long customerId) {
        return jdbc.queryForObject(
                "select count(*) from pii_reveal where target_type = 'customer' and target_id = ?",
                Integer.class,
                Long.toString(customerId));
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
