package io.portalops.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerListItem;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeys;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class CustomersViewTest extends SpringBrowserlessTest {

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("analyst")
    void filters_come_from_the_url_and_invalid_values_are_ignored() {
        UI.getCurrent()
                .navigate(
                        CustomersView.class,
                        QueryParameters.fromString("status=suspended&segment=ENTERPRISE&country=xx&owner=abc"));
        CustomersView view = (CustomersView) getCurrentView();

        assertThat(view.filters.status.getValue()).isEqualTo(CustomerStatus.SUSPENDED);
        assertThat(view.filters.segment.getValue()).isEqualTo(CustomerSegment.ENTERPRISE);
        assertThat(view.filters.country.getValue()).isNull();
        assertThat(view.filters.owner.getValue()).isNull();
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(CustomerStatus.SUSPENDED);
            assertThat(row.segment()).isEqualTo(CustomerSegment.ENTERPRISE);
        });
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("status", List.of("SUSPENDED"), "segment", List.of("ENTERPRISE")));
    }

    @Test
    @WithUserDetails("manager")
    void long_names_emails_and_owners_show_in_full_on_hover_and_the_name_takes_the_spare_width() {
        UI.getCurrent().navigate("customers");
        Grid<CustomerListItem> grid = ((CustomersView) getCurrentView()).grid;
        List<CustomerListItem> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).isNotEmpty();

        for (CustomerListItem row : rows) {
            assertThat(grid.getColumnByKey("NAME").getTooltipGenerator().apply(row))
                    .isEqualTo(row.name());
            assertThat(grid.getColumnByKey("email").getTooltipGenerator().apply(row))
                    .isEqualTo(row.emailMasked() == null ? "" : row.emailMasked());
            assertThat(grid.getColumnByKey("owner").getTooltipGenerator().apply(row))
                    .isEqualTo(row.ownerName());
        }
        assertThat(grid.getColumns())
                .allSatisfy(column -> assertThat(column.getFlexGrow())
                        .isLessThanOrEqualTo(grid.getColumnByKey("NAME").getFlexGrow()));
    }

    @Test
    @WithUserDetails("manager")
    void the_name_filter_comes_from_the_url_and_goes_back_into_it() {
        String token = token();
        CustomerDetails named = create(token, "Wombat " + token, null, CustomerStatus.ACTIVE);
        UI.getCurrent().navigate(CustomersView.class, QueryParameters.fromString("name=" + token));
        CustomersView view = (CustomersView) getCurrentView();

        assertThat(view.filters.name.getValue()).isEqualTo(token);
        assertThat(rows(view.grid)).extracting(CustomerListItem::id).containsExactly(named.id());
        assertThat(find(FilterChips.class).single().getElement().getTextRecursively())
                .contains("Name: " + token);

        GridKeys.replacedUrls();
        test(view.filters.name).setValue("Wombat " + token);
        assertThat(GridKeys.replacedUrls()).last().asString().isEqualTo("customers?name=Wombat%20" + token);
    }

    @Test
    @WithUserDetails("manager")
    void account_manager_grid_lists_exactly_their_own_customers() {
        CustomersView view = navigate(CustomersView.class);
        long managerId = accountId("manager");

        List<CustomerListItem> rows = rows(view.grid);

        Integer owned =
                jdbc.queryForObject("select count(*) from customer where owner_id = ?", Integer.class, managerId);
        assertThat(owned).isBetween(1, CustomerService.MAX_PAGE - 1);
        assertThat(rows).hasSize(owned).allSatisfy(row -> {
            assertThat(row.ownerId()).isEqualTo(managerId);
            assertThat(row.ownerName()).isEqualTo("Maria Manager");
        });
        assertThat(view.filters.owner.isVisible())
                .as("an account manager has no owner filter")
                .isFalse();
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(rows.getFirst().name());
    }

    @Test
    @WithUserDetails("manager")
    void another_managers_customer_stays_hidden_even_when_filtered_by_its_exact_name() {
        var foreign = jdbc.queryForMap("select c.id, c.name from customer c join account a on a.id = c.owner_id "
                + "where a.username = 'manager2' order by c.id limit 1");
        CustomersView view = navigate(CustomersView.class);

        test(view.filters.name).setValue((String) foreign.get("name"));

        assertThat(rows(view.grid)).extracting(CustomerListItem::id).doesNotContain((Long) foreign.get("id"));
        assertThat(rows(view.grid)).allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(accountId("manager")));
    }

    @Test
    @WithUserDetails("analyst")
    void analyst_grid_lists_customers_of_every_owner_and_offers_the_owner_filter() {
        CustomersView view = navigate(CustomersView.class);

        assertThat(rows(view.grid))
                .extracting(CustomerListItem::ownerId)
                .contains(accountId("manager"), accountId("manager2"));
        assertThat(view.filters.owner.isVisible()).isTrue();

        test(view.filters.owner).selectItem("Mark Manager");
        assertThat(rows(view.grid))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(accountId("manager2")));
    }

    @Test
    @WithUserDetails("manager")
    void filtering_by_name_contains_narrows_the_rows_ignoring_case() {
        String token = token();
        CustomerDetails first = create(token, "Quokka " + token + " Alpha", null, CustomerStatus.ACTIVE);
        CustomerDetails second =
                create(token + "b", "Bright " + token.toUpperCase() + " Beta", null, CustomerStatus.PROSPECT);
        CustomersView view = navigate(CustomersView.class);

        test(view.filters.name).setValue(token);

        assertThat(rows(view.grid)).extracting(CustomerListItem::id).containsExactly(second.id(), first.id());
    }

    @Test
    @WithUserDetails("manager")
    void filtering_by_status_narrows_the_rows() {
        String token = token();
        CustomerDetails active = create(token + "a", "Status " + token + " active", null, CustomerStatus.ACTIVE);
        CustomerDetails suspended =
                create(token + "s", "Status " + token + " suspended", null, CustomerStatus.SUSPENDED);
        CustomersView view = navigate(CustomersView.class);

        test(view.filters.status).selectItem("Suspended");

        List<CustomerListItem> rows = rows(view.grid);
        Integer suspendedOwned = jdbc.queryForObject(
                "select count(*) from customer where owner_id = ? and status = 'SUSPENDED'",
                Integer.class,
                accountId("manager"));
        assertThat(rows)
                .hasSize(suspendedOwned)
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(CustomerStatus.SUSPENDED));
        assertThat(rows)
                .extracting(CustomerListItem::id)
                .contains(suspended.id())
                .doesNotContain(active.id());

        test(view.filters.name).setValue(token);
        assertThat(rows(view.grid)).extracting(CustomerListItem::id).containsExactly(suspended.id());
    }

    @Test
    @WithUserDetails("manager")
    void filtering_by_exact_email_finds_the_one_customer_despite_case_and_spaces() {
        String token = token();
        CustomerDetails withEmail =
                create(token, "Mail " + token, "Ui." + token + "@Example.com", CustomerStatus.ACTIVE);
        create(token + "x", "Mail " + token + " other", "other." + token + "@example.com", CustomerStatus.ACTIVE);
        CustomersView view = navigate(CustomersView.class);

        test(find(Details.class).withClassName("filter-more").single()).openDetails();
        test(view.filters.email).setValue("  ui." + token + "@example.COM ");

        List<CustomerListItem> rows = rows(view.grid);
        assertThat(rows).extracting(CustomerListItem::id).containsExactly(withEmail.id());
        assertThat(rows.getFirst().emailMasked()).isEqualTo("U•••@Example.com");

        test(view.filters.email).setValue("nobody." + token + "@example.com");
        assertThat(rows(view.grid)).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void clear_filters_empties_every_filter_and_restores_the_unfiltered_rows() {
        String token = token();
        create(token, "Clear " + token, "clear." + token + "@example.com", CustomerStatus.SUSPENDED);
        CustomersView view = navigate(CustomersView.class);
        List<Long> unfiltered =
                rows(view.grid).stream().map(CustomerListItem::id).toList();

        test(view.filters.name).setValue(token);
        test(view.filters.status).selectItem("Suspended");
        test(find(Details.class).withClassName("filter-more").single()).openDetails();
        test(view.filters.email).setValue("clear." + token + "@example.com");
        assertThat(rows(view.grid)).hasSize(1);

        test(find(Button.class).withText("Clear filters").single()).click();

        assertThat(view.filters.name.getValue()).isEmpty();
        assertThat(view.filters.status.getValue()).isNull();
        assertThat(view.filters.email.getValue()).isEmpty();
        assertThat(rows(view.grid)).extracting(CustomerListItem::id).containsExactlyElementsOf(unfiltered);
    }

    @Test
    @WithUserDetails("manager")
    void clicking_a_row_opens_that_customers_detail_view() {
        String token = token();
        CustomerDetails target = create(token, "Click " + token, null, CustomerStatus.ACTIVE);
        CustomersView view = navigate(CustomersView.class);
        test(view.filters.name).setValue(token);

        test(view.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(CustomerDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + target.id());
        CustomerDetailView detail = (CustomerDetailView) getCurrentView();
        assertThat(detail.editor.name.getValue()).isEqualTo("Click " + token);
        assertThat(detail.editor.externalRef.getValue()).isEqualTo(target.externalRef());
    }

    /** All rows the grid's data provider yields under the current filters and sort, fetched the way the grid does. */
    private static List<CustomerListItem> rows(Grid<CustomerListItem> grid) {
        return GridKt._fetch(grid, 0, CustomerService.MAX_PAGE);
    }

    private CustomerDetails create(String ref, String name, String email, CustomerStatus status) {
        return customers.create(new CustomerForm(
                "UIV-" + ref,
                name,
                CustomerKind.COMPANY,
                null,
                email,
                null,
                null,
                "SE",
                CustomerSegment.SMB,
                status,
                null,
                null));
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
