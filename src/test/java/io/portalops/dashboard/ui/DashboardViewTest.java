package io.portalops.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractStatus;
import io.portalops.contract.ui.ContractsView;
import io.portalops.dashboard.DashboardRefreshJob;
import io.portalops.event.EventListItem;
import io.portalops.event.ui.EventLogView;
import io.portalops.inventory.ui.ServicesView;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.ui.PaymentsView;
import io.portalops.shared.ui.chart.BarChart;
import io.portalops.shared.ui.chart.Chart;
import io.portalops.shared.ui.chart.ChartSeries;
import io.portalops.shared.ui.chart.DonutChart;
import io.portalops.shared.ui.chart.LineChart;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.TaskStatus;
import io.portalops.workflow.ui.TasksView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard in a browserless UI: each role gets its sections, and the tiles' links and the charts' points open
 * the matching grid with its filters from the URL, holding exactly the rows the figure counts.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    DashboardRefreshJob refresh;

    @Autowired
    Clock clock;

    @Autowired
    io.portalops.event.EventFixtures events;

    @BeforeEach
    void freshFigures() {
        refresh.execute(clock);
    }

    /**
     * Opens the dashboard anew: the test UI starts on it (the root route) before the figures are refreshed, and
     * navigating to the current route again would keep that first instance.
     */
    void dashboard() {
        navigate(DashboardView.class);
        UI.getCurrent().refreshCurrentRoute(false);
    }

    Anchor tile(String label) {
        return find(Anchor.class)
                .withClassName("kpi-tile")
                .withCondition(a -> a.getElement().getAttribute("aria-label").startsWith(label + ":"))
                .single();
    }

    long value(Anchor tile) {
        return Long.parseLong(find(com.vaadin.flow.component.html.Span.class, tile)
                .withClassName("kpi-value")
                .single()
                .getText()
                .replace(",", ""));
    }

    Chart chart(String titleStart) {
        return find(Chart.class)
                .withCondition(c -> c.getSpec().title().startsWith(titleStart))
                .single();
    }

    void click(Chart chart, int series, int index) {
        ComponentUtil.fireEvent(chart, new Chart.PointClickEvent(chart, true, series, index));
    }

    @SuppressWarnings("unchecked")
    <T> List<T> rows() {
        Grid<T> grid = (Grid<T>) find(Grid.class).all().getFirst();
        return GridKt._fetch(grid, 0, 500);
    }

    /** Follows a link as the router does when the tile is clicked. */
    void open(String href) {
        com.vaadin.flow.router.Location location = new com.vaadin.flow.router.Location(href);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    /** The current URL is the link's: same path, same filters (in any order). */
    void assertAt(String href) {
        com.vaadin.flow.router.Location expected = new com.vaadin.flow.router.Location(href);
        com.vaadin.flow.router.Location actual = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(actual.getPath()).isEqualTo(expected.getPath());
        assertThat(actual.getQueryParameters().getParameters())
                .isEqualTo(expected.getQueryParameters().getParameters());
    }

    @Test
    @WithUserDetails("analyst")
    void the_pending_tile_opens_the_contracts_grid_filtered_to_exactly_the_pending_contracts() {
        dashboard();
        Anchor pending = tile("Pending approval");
        assertThat(pending.getHref()).isEqualTo("contracts?status=PENDING_APPROVAL");
        long count = value(pending);
        assertThat(count).isPositive();

        open(pending.getHref());

        assertThat(getCurrentView()).isInstanceOf(ContractsView.class);
        List<ContractListItem> rows = rows();
        assertThat(rows)
                .hasSize((int) count)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ContractStatus.PENDING_APPROVAL));
        assertAt("contracts?status=PENDING_APPROVAL");
    }

    @Test
    @WithUserDetails("analyst")
    void
            a_status_slice_opens_the_contracts_grid_of_that_status_and_an_events_point_the_event_log_of_that_type_and_day() {
        dashboard();
        Chart byStatus = chart("Contracts by status");
        List<DonutChart.Slice> slices = ((DonutChart) byStatus.getSpec()).slices();
        int active = slices.indexOf(slices.stream()
                .filter(s -> s.name().equals("Active"))
                .findFirst()
                .orElseThrow());
        click(byStatus, 0, active);
        assertThat(getCurrentView()).isInstanceOf(ContractsView.class);
        assertAt("contracts?status=ACTIVE");
        assertThat(this.<ContractListItem>rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ContractStatus.ACTIVE));

        dashboard();
        Chart events = chart("Events per day by type");
        List<ChartSeries> series = ((LineChart) events.getSpec()).series();
        int login = series.indexOf(series.stream()
                .filter(s -> s.name().equals("login"))
                .findFirst()
                .orElseThrow());
        List<Number> perDay = series.get(login).values();
        // the busiest day that one page of the event log holds whole (other test classes ingest thousands of
        // sign-ins today); the grid's rows are then compared one for one
        int busiest = perDay.indexOf(perDay.stream()
                .filter(n -> n.intValue() > 0 && n.intValue() <= 500)
                .max(java.util.Comparator.comparingDouble(Number::doubleValue))
                .orElseThrow());
        LocalDate day = LocalDate.now(clock).minusDays(perDay.size() - 1 - busiest);
        click(events, login, busiest);
        assertThat(getCurrentView()).isInstanceOf(EventLogView.class);
        assertAt("events?type=login&range=custom&from=" + day + "T00:00&to=" + day.plusDays(1) + "T00:00");
        List<EventListItem> rows = rows();
        assertThat(rows).hasSize(perDay.get(busiest).intValue()).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("login");
            assertThat(e.occurredAt().atZone(ZoneId.systemDefault()).toLocalDate())
                    .isEqualTo(day);
        });
    }

    @Test
    @WithUserDetails("analyst")
    void a_new_value_bar_opens_the_contracts_starting_that_month_whose_signed_value_it_shows() {
        dashboard();
        Chart value = chart("Contract value by month");
        BarChart bars = (BarChart) value.getSpec();
        String currency =
                bars.title().substring(bars.title().length() - 4, bars.title().length() - 1);
        List<Number> added = bars.series().get(0).values();
        int month = added.indexOf(added.stream()
                .max(java.util.Comparator.comparingDouble(Number::doubleValue))
                .orElseThrow());
        java.time.YearMonth shown =
                java.time.YearMonth.now(clock).minusMonths(11).plusMonths(month);
        click(value, 0, month);
        assertThat(getCurrentView()).isInstanceOf(ContractsView.class);
        assertAt("contracts?startFrom=" + shown.atDay(1) + "&startTo=" + shown.atEndOfMonth());
        List<ContractListItem> rows = rows();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat(java.time.YearMonth.from(r.startDate())).isEqualTo(shown));
        double signed = rows.stream()
                .filter(r -> r.value().currency().equals(currency))
                .filter(r -> java.util.Set.of(
                                ContractStatus.APPROVED,
                                ContractStatus.ACTIVE,
                                ContractStatus.EXPIRED,
                                ContractStatus.TERMINATED)
                        .contains(r.status()))
                .mapToDouble(r -> r.value().amount().doubleValue())
                .sum();
        assertThat(signed).isEqualTo(added.get(month).doubleValue());
    }

    @Test
    @WithUserDetails("manager")
    void a_week_of_ending_contracts_opens_the_managers_active_contracts_ending_that_week() {
        dashboard();
        assertThat(find(DashboardSection.class).all())
                .extracting(s -> s.getId().orElseThrow())
                .containsExactly("account");
        Chart ending = chart("Active contracts ending");
        BarChart bars = (BarChart) ending.getSpec();
        int week = 0;
        while (bars.series().get(1).values().get(week).intValue() == 0) {
            week++;
        }
        // the Expiring bar of that week opens the expiring contracts only, not the renewing ones beside them
        long inWeek = bars.series().get(1).values().get(week).longValue();
        LocalDate from = LocalDate.now(clock).plusDays(7L * week);
        LocalDate to = from.plusDays(6);
        click(ending, 1, week);
        assertThat(getCurrentView()).isInstanceOf(ContractsView.class);
        assertAt("contracts?status=ACTIVE&endFrom=" + from + "&endTo=" + to + "&renew=none");
        List<ContractListItem> rows = rows();
        assertThat(rows).hasSize((int) inWeek).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(r.endDate()).isBetween(from, to);
        });
        assertThat(rows).extracting(ContractListItem::ownerName).containsOnly("Maria Manager");
    }

    @Test
    @WithUserDetails("manager")
    void the_renewing_and_expiring_tiles_each_open_exactly_their_own_rows_and_the_grid_reproduces_each_count() {
        dashboard();
        Anchor renewing = tile("Renewing in 90 days");
        Anchor expiring = tile("Expiring in 90 days");
        long renewingCount = value(renewing);
        long expiringCount = value(expiring);
        assertThat(renewing.getHref()).isNotEqualTo(expiring.getHref()).endsWith("&renew=auto");
        assertThat(expiring.getHref()).endsWith("&renew=none");
        assertThat(renewingCount + expiringCount).isPositive();

        open(renewing.getHref());
        List<ContractListItem> renewingRows = rows();
        assertThat(renewingRows).hasSize((int) renewingCount);
        assertAt(renewing.getHref());

        dashboard();
        open(tile("Expiring in 90 days").getHref());
        List<ContractListItem> expiringRows = rows();
        assertThat(expiringRows).hasSize((int) expiringCount);
        assertThat(expiringRows)
                .extracting(ContractListItem::number)
                .doesNotContainAnyElementsOf(
                        renewingRows.stream().map(ContractListItem::number).toList());
    }

    @Test
    @WithUserDetails("manager")
    void the_high_severity_tile_opens_the_event_log_of_the_managers_high_severity_events_of_the_week() {
        events.ingest(
                io.portalops.event.EventFixtures.uniqueSource(),
                "payment.missed",
                events.customerOf("manager"),
                clock.instant().minusSeconds(120));
        refresh.execute(clock);
        dashboard();
        Anchor alerts = tile("High-severity events");
        long count = value(alerts);
        assertThat(count).isPositive();
        open(alerts.getHref());
        assertThat(getCurrentView()).isInstanceOf(EventLogView.class);
        assertAt("events?severity=HIGH&range=week");
        List<EventListItem> rows = rows();
        assertThat(rows)
                .hasSize((int) count)
                .allSatisfy(
                        e -> assertThat(e.occurredAt()).isAfter(clock.instant().minus(java.time.Duration.ofDays(7))));
        assertThat(rows).extracting(EventListItem::type).isSubsetOf("payment.missed", "complaint.opened");
    }

    @Test
    @WithUserDetails("serviceadmin")
    void saas_tiles_and_seat_bars_open_payments_tasks_and_a_products_access_list() {
        dashboard();
        Anchor deadlines = tile("Cancellation deadlines");
        long count = value(deadlines);
        assertThat(deadlines.getHref()).isEqualTo("payments?deadline=60");
        open(deadlines.getHref());
        assertThat(getCurrentView()).isInstanceOf(PaymentsView.class);
        List<PaymentListItem> payments = rows();
        assertThat(payments)
                .hasSize((int) count)
                .allSatisfy(p -> assertThat(p.cancellationDeadline())
                        .isBeforeOrEqualTo(LocalDate.now(clock).plusDays(60)));

        dashboard();
        Anchor onboarding = tile("Open onboarding tasks");
        long open = value(onboarding);
        open(onboarding.getHref());
        assertThat(getCurrentView()).isInstanceOf(TasksView.class);
        assertAt("tasks?status=OPEN&kind=GRANT");
        List<TaskListItem> tasks = rows();
        assertThat(tasks).hasSize((int) open).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(t.kind()).isEqualTo(TaskKind.GRANT);
        });

        dashboard();
        Chart seats = chart("Seat use");
        BarChart bars = (BarChart) seats.getSpec();
        click(seats, 0, 0);
        assertThat(getCurrentView()).isInstanceOf(ServicesView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("services/\\d+/\\d+");
        assertThat(bars.categories())
                .as("the service admin's services only")
                .isNotEmpty()
                .allSatisfy(product -> assertThat(product).matches("(Google Workspace|Slack|GitHub) · .+"));
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_sees_the_queue_waiting_for_them_and_its_tile_opens_my_approvals() {
        dashboard();
        assertThat(find(DashboardSection.class).all())
                .extracting(s -> s.getId().orElseThrow())
                .containsExactly("approvals");
        Anchor waiting = tile("Waiting for me");
        long count = value(waiting);
        assertThat(count).isPositive();
        open(waiting.getHref());
        assertThat(getCurrentView()).isInstanceOf(ContractsView.class);
        assertThat(this.<ContractListItem>rows()).hasSize((int) count);
    }

    @Test
    @WithUserDetails("auditor")
    void a_role_without_figures_gets_the_cards_of_its_areas() {
        dashboard();
        assertThat(find(DashboardSection.class).all()).isEmpty();
        assertThat(find(RouterLink.class).withClassName("nav-card").all())
                .extracting(RouterLink::getHref)
                .contains("audit", "exports/verify");
    }
}
