package io.portalops.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.customer.CustomerOption;
import io.portalops.customer.CustomerService;
import io.portalops.event.EventFixtures;
import io.portalops.event.EventListItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class EventLogViewTest extends SpringBrowserlessTest {

    @Autowired
    EventFixtures fixtures;

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    @WithUserDetails("analyst")
    void filters_come_from_the_url_and_invalid_values_are_ignored() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager");
        long login = fixtures.ingest(source, "login", ref, now.minus(2, ChronoUnit.DAYS));
        fixtures.ingest(source, "payment.missed", ref, now.minus(3, ChronoUnit.DAYS));
        fixtures.ingest(source, "login", ref, now.minus(10, ChronoUnit.DAYS));

        UI.getCurrent()
                .navigate(
                        EventLogView.class,
                        QueryParameters.fromString("type=login&source=" + source + "&range=WEEK&customer=abc"));
        EventLogView view = (EventLogView) getCurrentView();

        assertThat(view.filters.type.getValue()).isEqualTo("login");
        assertThat(view.filters.source.getValue()).isEqualTo(source);
        assertThat(view.filters.range.getValue()).isEqualTo(EventFilterBar.Range.WEEK);
        assertThat(view.filters.customer.getValue()).isNull();
        assertThat(view.filters.from.isVisible()).isFalse();
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(login);
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(Map.of("type", List.of("login"), "source", List.of(source), "range", List.of("week")));

        UI.getCurrent()
                .navigate(
                        EventLogView.class, QueryParameters.fromString("type=no.such&range=sometimes&from=yesterday"));
        view = (EventLogView) getCurrentView();
        assertThat(view.filters.type.getValue()).isNull();
        assertThat(view.filters.range.getValue()).isEqualTo(EventFilterBar.Range.DAY);
        assertThat(view.filters.from.getValue()).isNull();
    }

    @Test
    @WithUserDetails("analyst")
    void changing_filters_reloads_the_grid_and_a_custom_range_uses_the_pickers() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager2");
        long recent = fixtures.ingest(source, "payment.missed", ref, now.minus(30, ChronoUnit.MINUTES));
        long older = fixtures.ingest(source, "payment.missed", ref, now.minus(5, ChronoUnit.HOURS));
        long old = fixtures.ingest(source, "login", ref, now.minus(20, ChronoUnit.DAYS));
        EventLogView view = navigate(EventLogView.class);

        view.filters.source.setValue(source);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(recent, older);
        view.filters.range.setValue(EventFilterBar.Range.HOUR);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(recent);
        view.filters.range.setValue(EventFilterBar.Range.CUSTOM);
        assertThat(view.filters.from.isVisible()).isTrue();
        view.filters.from.setValue(
                java.time.LocalDateTime.ofInstant(now.minus(30, ChronoUnit.DAYS), EventFilterBar.ZONE));
        view.filters.to.setValue(
                java.time.LocalDateTime.ofInstant(now.minus(1, ChronoUnit.HOURS), EventFilterBar.ZONE));
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(older, old);
        view.filters.type.setValue("login");
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(old);
        assertThat(view.filters.toQueryParameters().getParameters())
                .containsKeys("type", "source", "range", "from", "to");
    }

    @Test
    @WithUserDetails("manager")
    void the_contract_filter_takes_a_number_in_any_case_filters_the_grid_reads_all_time_and_travels_in_the_url() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.contractedCustomerOf("manager");
        String number = fixtures.contractOf(ref);
        long onContract = fixtures.ingestOnContract(source, ref, number, now.minus(2, ChronoUnit.HOURS));
        long offContract = fixtures.ingest(source, "payment.missed", ref, now.minus(1, ChronoUnit.HOURS));
        EventLogView view = navigate(EventLogView.class);
        view.filters.source.setValue(source);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(offContract, onContract);

        view.filters.contract.setValue(number.toLowerCase(java.util.Locale.ROOT));
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(onContract);
        assertThat(rows(view.grid).getFirst().contractNumber()).isEqualTo(number);
        assertThat(view.filters.toQueryParameters().getParameters())
                .containsEntry("contract", List.of(number.toLowerCase(java.util.Locale.ROOT)));

        long oldOnContract = fixtures.ingestOnContract(source, ref, number, now.minus(90, ChronoUnit.DAYS));
        view.filters.range.setValue(EventFilterBar.Range.ALL);
        assertThat(rows(view.grid))
                .as("all time: the contract's whole history")
                .extracting(EventListItem::id)
                .containsExactly(onContract, oldOnContract);
        assertThat(view.filters.range.getHelperText()).isNull();
        assertThat(view.filters.toQueryParameters().getParameters()).containsEntry("range", List.of("all"));

        view.filters.contract.clear();
        assertThat(view.filters.range.getHelperText())
                .as("without a customer or contract, all time is the default span")
                .isEqualTo("Last 30 days without a customer or contract");
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(offContract, onContract);

        view.filters.contract.setValue("CT-1999-999999");
        assertThat(view.filters.range.getHelperText()).isNull();
        assertThat(rows(view.grid)).as("an unknown number matches nothing").isEmpty();

        UI.getCurrent()
                .navigate(EventLogView.class, QueryParameters.fromString("source=" + source + "&contract=" + number));
        roundTrip();
        view = (EventLogView) getCurrentView();
        assertThat(view.filters.contract.getValue()).isEqualTo(number);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(onContract);

        UI.getCurrent()
                .navigate(
                        EventLogView.class,
                        QueryParameters.fromString("source=" + source + "&contract=" + number + "&range=all"));
        roundTrip();
        view = (EventLogView) getCurrentView();
        assertThat(view.filters.range.getValue()).isEqualTo(EventFilterBar.Range.ALL);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(onContract, oldOnContract);
    }

    @Test
    @WithUserDetails("admin")
    void a_company_usage_event_shows_as_company_usage_with_who_used_what_in_the_detail() {
        String source = EventFixtures.uniqueSource();
        long usage = fixtures.ingestCompanyUsage(source, "login", "ada@example.com", "Figma/Editor", now);
        long customers = fixtures.ingest(source, "login", fixtures.customerOf("manager"), now.minusSeconds(5));
        UI.getCurrent().navigate(EventLogView.class, QueryParameters.fromString("source=" + source));
        roundTrip();
        EventLogView view = (EventLogView) getCurrentView();

        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(usage, customers);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo(EventListItem.COMPANY_USAGE);

        view.grid.select(rows(view.grid).getFirst());
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detailTitle.getText())
                .contains("Company usage (no customer)")
                .contains("ada@example.com used Figma/Editor")
                .doesNotContain("null");
        view.filters.type.setValue("login");
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(usage, customers);
    }

    @Test
    void a_product_named_by_its_id_reads_as_a_product_and_one_named_by_service_and_name_as_sent() {
        assertThat(EventLogView.product("150")).isEqualTo("product #150");
        assertThat(EventLogView.product("Figma/Editor")).isEqualTo("Figma/Editor");
        assertThat(EventLogView.product("")).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void offset_pages_map_onto_the_keyset_and_the_detail_shows_the_payload_as_text() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ids.add(0, fixtures.ingest(source, "payment.missed", ref, now.minusSeconds(100 - i)));
        }
        fixtures.ingest(source, "login", fixtures.customerOf("manager2"), now.minusSeconds(50));
        EventLogView view = navigate(EventLogView.class);
        view.filters.source.setValue(source);

        assertThat(view.fetch(0, 4).map(EventListItem::id).toList()).isEqualTo(ids.subList(0, 4));
        assertThat(view.fetch(4, 4).map(EventListItem::id).toList()).isEqualTo(ids.subList(4, 8));
        assertThat(view.fetch(2, 3).map(EventListItem::id).toList())
                .as("from a remembered cursor")
                .isEqualTo(ids.subList(2, 5));
        assertThat(view.fetch(8, 50).map(EventListItem::id).toList()).isEqualTo(ids.subList(8, 9));
        assertThat(rows(view.grid))
                .as("a manager sees only own customers")
                .extracting(EventListItem::id)
                .isEqualTo(ids);

        EventListItem first = rows(view.grid).getFirst();
        view.grid.select(first);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.payload.getText()).isEqualTo(first.payload()).contains("\"amount\" : 12.5");
        assertThat(view.payload.getElement().getChildCount()).isEqualTo(1);
        assertThat(view.payload.getElement().getChild(0).isTextNode())
                .as("a text node, never HTML")
                .isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void the_customer_picker_offers_own_customers_filters_the_grid_and_travels_in_the_url() {
        String source = EventFixtures.uniqueSource();
        List<String> refs = fixtures.customersOf("manager", 2);
        long first = fixtures.customerId(refs.get(0));
        long foreign = fixtures.customerId(fixtures.customerOf("manager2"));
        long a = fixtures.ingest(source, "login", refs.get(0), now.minusSeconds(20));
        long b = fixtures.ingest(source, "login", refs.get(1), now.minusSeconds(10));
        UI.getCurrent().navigate(EventLogView.class, QueryParameters.fromString("source=" + source));
        roundTrip();
        EventLogView view = (EventLogView) getCurrentView();
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(b, a);

        CustomerOption option = customers.option(first).orElseThrow();
        var picker = test(view.filters.customer);
        picker.setFilter(option.name());
        assertThat(picker.getSuggestionItems()).contains(option);
        assertThat(view.filters.customer.getItemLabelGenerator().apply(option))
                .contains(option.name())
                .contains(option.externalRef());
        String foreignName = jdbc.queryForObject("select name from customer where id = ?", String.class, foreign);
        picker.setFilter(foreignName);
        assertThat(picker.getSuggestionItems())
                .as("another manager's customer")
                .extracting(CustomerOption::id)
                .doesNotContain(foreign);

        view.filters.customer.setValue(option);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(a);
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(Map.of("source", List.of(source), "customer", List.of(Long.toString(first))));

        UI.getCurrent()
                .navigate(EventLogView.class, QueryParameters.fromString("source=" + source + "&customer=" + first));
        roundTrip();
        view = (EventLogView) getCurrentView();
        assertThat(view.filters.customer.getValue()).isEqualTo(option);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(a);

        UI.getCurrent()
                .navigate(EventLogView.class, QueryParameters.fromString("source=" + source + "&customer=" + foreign));
        roundTrip();
        view = (EventLogView) getCurrentView();
        assertThat(view.filters.customer.getValue())
                .as("a customer out of scope is ignored, not revealed")
                .isNull();
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(b, a);
    }

    @Test
    @WithUserDetails("analyst")
    void live_tail_shows_events_as_they_commit_and_counts_them() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager");
        long earlier = fixtures.ingest(source, "login", ref, now.minus(10, ChronoUnit.MINUTES));
        UI.getCurrent().navigate(EventLogView.class, QueryParameters.fromString("source=" + source));
        roundTrip();
        EventLogView view = (EventLogView) getCurrentView();
        assertThat(view.live.indicator.isVisible()).isFalse();

        view.live.toggle.setValue(true);
        assertThat(view.live.isSubscribed()).isTrue();
        assertThat(view.filters.to.isEnabled()).as("the range runs up to now").isFalse();
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(earlier);
        assertThat(view.live.indicator.isVisible()).isTrue();
        assertThat(view.live.indicator.getText()).isEqualTo("Live · 0 new");

        // committed by a producer on another thread's behalf; the view learns of them only through LiveEvents
        long first = fixtures.ingest(source, "payment.missed", ref, now.minusSeconds(2));
        long second = fixtures.ingest(source, "payment.missed", ref, now.minusSeconds(1));
        awaitRows(view, 3);
        assertThat(rows(view.grid)).extracting(EventListItem::id).containsExactly(second, first, earlier);
        assertThat(view.live.indicator.getText()).isEqualTo("Live · 2 new");

        view.filters.type.setValue("login");
        assertThat(rows(view.grid))
                .as("filters still apply")
                .extracting(EventListItem::id)
                .containsExactly(earlier);
        assertThat(view.live.indicator.getText())
                .as("a new filter starts a new count")
                .isEqualTo("Live · 0 new");

        view.live.toggle.setValue(false);
        assertThat(view.live.isSubscribed()).isFalse();
        assertThat(view.live.indicator.isVisible()).isFalse();
        assertThat(view.filters.to.isEnabled()).isTrue();
        assertThat(rows(view.grid))
                .as("back to the paged log")
                .extracting(EventListItem::id)
                .containsExactly(earlier);

        view.live.toggle.setValue(true);
        assertThat(view.live.isSubscribed()).isTrue();
        navigate(io.portalops.dashboard.ui.DashboardView.class);
        assertThat(view.live.isSubscribed())
                .as("leaving the view ends the subscription")
                .isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void live_tail_keeps_only_the_newest_rows_of_a_flood_within_the_users_scope() {
        String source = EventFixtures.uniqueSource();
        UI.getCurrent().navigate(EventLogView.class, QueryParameters.fromString("source=" + source));
        roundTrip();
        EventLogView view = (EventLogView) getCurrentView();
        view.live.toggle.setValue(true);
        assertThat(rows(view.grid)).isEmpty();

        List<Long> ids = fixtures.ingestBatch(source, fixtures.customerOf("manager"), LiveTail.ROWS + 50, now);
        fixtures.ingest(source, "login", fixtures.customerOf("manager2"), now);
        view.live.refresh();

        assertThat(rows(view.grid)).extracting(EventListItem::id).isEqualTo(ids.subList(0, LiveTail.ROWS));
        assertThat(view.live.indicator.getText()).isEqualTo("Live · 200+ new");
    }

    /**
     * Runs what LiveEvents queued for the UI with ui.access (a server would, then push), until the grid has
     * {@code count} rows. The test holds the session lock, so the queue waits for it.
     */
    private void awaitRows(EventLogView view, int count) {
        VaadinSession session = VaadinSession.getCurrent();
        // polled on this thread: it holds the session lock and Vaadin's thread-locals
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> {
                    session.getService().runPendingAccessTasks(session);
                    roundTrip();
                    return rows(view.grid).size() >= count;
                });
    }

    private static List<EventListItem> rows(Grid<EventListItem> grid) {
        return GridKt._fetch(grid, 0, 500);
    }
}
