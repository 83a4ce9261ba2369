package io.portalops.shared.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.TestUsers;
import io.portalops.audit.ui.AuditView;
import io.portalops.contract.ui.ContractsView;
import io.portalops.customer.ui.CustomersView;
import io.portalops.directory.ui.DirectoryView;
import io.portalops.directory.ui.PersonView;
import io.portalops.event.EventFixtures;
import io.portalops.event.ui.EventLogView;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ui.ServicesView;
import io.portalops.payment.ui.PaymentsView;
import io.portalops.security.ui.AccountsView;
import io.portalops.workflow.ui.TasksView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The row count of issue #22 on every grid, as the user reads it in the grid's toolbar, and how it follows the
 * filters: events, payments, services and their products, accounts and a person's grants (the contracts, customers,
 * people, tasks and audit counts have their own tests).
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class GridCountsViewTest extends SpringBrowserlessTest {

    @Autowired
    EventFixtures events;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SaasCatalog catalog;

    static Stream<Class<? extends Component>> gridViews() {
        return Stream.of(
                CustomersView.class,
                ContractsView.class,
                EventLogView.class,
                ServicesView.class,
                DirectoryView.class,
                PaymentsView.class,
                TasksView.class,
                AuditView.class,
                AccountsView.class);
    }

    @ParameterizedTest
    @MethodSource("gridViews")
    @WithUserDetails("admin")
    void every_grid_view_shows_how_many_rows_match_in_its_toolbar(Class<? extends Component> view) {
        navigate(view);
        RowCountLabel count = find(RowCountLabel.class).single();
        assertThat(count.getParent().flatMap(Component::getParent))
                .as("the count sits in the grid toolbar of %s", view.getSimpleName())
                .get()
                .isInstanceOf(GridToolbar.class);
        assertThat(count.getText()).matches("(about )?[0-9.,]+[KMB+]? [a-z ]+");
    }

    @Test
    @WithUserDetails("analyst")
    void the_event_log_counts_its_filter_and_follows_a_filter_change() {
        String source = EventFixtures.uniqueSource();
        String ref = events.customerOf("manager");
        Instant now = Instant.now();
        events.ingest(source, "login", ref, now.minus(1, ChronoUnit.HOURS));
        events.ingest(source, "login", ref, now.minus(2, ChronoUnit.HOURS));
        events.ingest(source, "payment.missed", ref, now.minus(3, ChronoUnit.HOURS));

        UI.getCurrent().navigate(EventLogView.class, QueryParameters.simple(Map.of("source", source)));
        assertThat(count()).isEqualTo("3 events");
        field("Type").setValue("login");
        assertThat(count()).isEqualTo("2 events");
        field("Source").setValue(source + "-none");
        assertThat(count()).isEqualTo("0 events");
    }

    @Test
    @WithUserDetails("serviceadmin")
    void the_payments_count_is_the_rows_the_grid_lists_and_follows_a_filter_change() {
        navigate(PaymentsView.class);
        int all = rows();
        assertThat(count()).isEqualTo(all + " billing records");

        int sum = 0;
        for (BillingCycle cycle : BillingCycle.values()) {
            field("Billing cycle").setValue(cycle);
            int rows = rows();
            assertThat(count()).isEqualTo(rows + (rows == 1 ? " billing record" : " billing records"));
            sum += rows;
        }
        assertThat(sum).as("each cycle counted its own rows").isEqualTo(all);
    }

    @Test
    @WithUserDetails("serviceadmin")
    void the_services_count_follows_the_search_and_an_open_service_counts_its_products() {
        // the demo service admin runs Google Workspace, Slack and GitHub
        navigate(ServicesView.class);
        assertThat(count()).isEqualTo("3 services");
        field("Search").setValue("Slack");
        assertThat(count()).isEqualTo("1 service");

        long slack = jdbc.queryForObject("select id from saas_service where name = 'Slack'", Long.class);
        long products = catalog.service(slack).products().size();
        UI.getCurrent().navigate("services/" + slack);
        assertThat(find(RowCountLabel.class).all())
                .extracting(RowCountLabel::getText)
                .contains(products + (products == 1 ? " product" : " products"));
    }

    @Test
    @WithUserDetails("admin")
    void the_accounts_count_is_every_account() {
        navigate(AccountsView.class);
        long accounts = jdbc.queryForObject("select count(*) from account", Long.class);
        assertThat(count()).isEqualTo(accounts + " accounts");
    }

    @Test
    @WithUserDetails("admin")
    void a_persons_access_counts_their_grants() {
        long person = jdbc.queryForObject(
                "select person_id from access_grant group by person_id having count(*) > 1 order by person_id limit 1",
                Long.class);
        long grants = jdbc.queryForObject("select count(*) from access_grant where person_id = ?", Long.class, person);
        navigate(PersonView.class, Long.toString(person));
        assertThat(count()).isEqualTo(grants + " grants");
    }

    private String count() {
        return find(RowCountLabel.class).single().getText();
    }

    private int rows() {
        Grid<?> grid = find(Grid.class).single();
        return GridKt._fetch(grid, 0, 500).size();
    }

    /** The filter bar's field with this label, as the user finds it. */
    @SuppressWarnings("unchecked")
    private <V> HasValue<?, V> field(String label) {
        List<Component> fields = find(Component.class).all().stream()
                .filter(c -> c.getElement().getClassList().contains("filter-field")
                        && c instanceof HasValue<?, ?>
                        && c instanceof HasLabel labelled
                        && label.equals(labelled.getLabel()))
                .toList();
        assertThat(fields).as("a field labelled %s", label).hasSize(1);
        return (HasValue<?, V>) fields.getFirst();
    }
}
