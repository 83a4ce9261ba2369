package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.contract.FlagSeverity;
import io.portalops.dashboard.ui.DashboardView;
import io.portalops.shared.ui.NotFoundView;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeys;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ContractsViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    ContractUiFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ContractUiFixtures(contracts, actions, users, jdbc, userDetails);
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_finds_a_pending_contract_in_my_approvals_opens_it_and_approves_it() {
        ContractDetails pending = fixtures.pending("manager", "12000");
        long waiting = contracts.awaitingMyDecision();
        assertThat(waiting).isPositive();

        ContractsView list = open(Map.of("mine", "true"));
        assertThat(list.scope.isVisible()).isTrue();
        assertThat(list.scope.getSelectedTab()).isSameAs(list.myApprovals);
        assertThat(list.myApprovals.getLabel()).isEqualTo("My approvals (" + waiting + ")");
        assertThat(list.filters.value(list.awaitingMe()).awaitingMe()).isTrue();
        test(list.filters.text).setValue(pending.number());
        assertThat(firstPage(list.grid).size()).isEqualTo(1);
        assertThat(firstPage(list.grid).get(0).number()).isEqualTo(pending.number());
        assertThat(firstPage(list.grid).get(0).status()).isEqualTo(ContractStatus.PENDING_APPROVAL);

        test(list.grid).clickRow(0);
        roundTrip();
        ContractDetailView view = (ContractDetailView) getCurrentView();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("contracts/" + pending.number());
        test(view.actionBar.approve).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.reason).setValue("Within budget");
        test(dialog.confirm).click();
        roundTrip();

        assertThat(find(Span.class, view.status)
                        .withClassName("contract-status")
                        .single()
                        .getText())
                .isEqualTo("Approved");
        assertThat(view.actionBar.approve.isVisible()).isFalse();
        assertThat(contracts.get(pending.id()).status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(contracts.awaitingMyDecision()).isEqualTo(waiting - 1);

        ContractsView again = open(Map.of("mine", "true", "q", pending.number()));
        assertThat(firstPage(again.grid).size())
                .as("decided, so no longer waiting for me")
                .isZero();
    }

    @Test
    @WithUserDetails("approver")
    void the_navigation_shows_how_many_contracts_wait_for_the_approver() {
        fixtures.pending("manager", "3000");
        navigate(DashboardView.class);
        SideNavItem item = find(SideNavItem.class)
                .withCondition(i -> i.getLabel().equals("Contracts"))
                .single();
        assertThat(item.getSuffixComponent()).isInstanceOf(Span.class);
        assertThat(((Span) item.getSuffixComponent()).getText())
                .isEqualTo(Long.toString(contracts.awaitingMyDecision()));
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_sees_no_badge_and_no_my_approvals_tab() {
        navigate(DashboardView.class);
        SideNavItem item = find(SideNavItem.class)
                .withCondition(i -> i.getLabel().equals("Contracts"))
                .single();
        assertThat(item.getSuffixComponent()).isNull();
        ContractsView list = open(Map.of("mine", "true"));
        assertThat(list.scope.isVisible()).isFalse();
        assertThat(list.awaitingMe())
                .as("mine=true from a URL means nothing to a non-approver")
                .isFalse();
        assertThat(list.create.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("analyst")
    void filters_in_the_url_are_applied_to_the_fields_and_the_grid() {
        ContractDetails flagged = fixtures.pending("manager", "4321");
        users.run("analyst", () -> actions.flag(flagged.id(), FlagSeverity.LOW, "Check the discount"));
        ContractDetails unflagged = fixtures.pending("manager", "4321");

        ContractsView list = open(Map.of(
                "status", "PENDING_APPROVAL", "flagged", "true", "min", "4000", "max", "5000", "q", flagged.number()));
        assertThat(list.filters.status.getValue()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThat(list.filters.flagged.getValue()).isTrue();
        assertThat(list.filters.minValue.getValue()).isEqualByComparingTo(new BigDecimal("4000"));
        assertThat(list.filters.maxValue.getValue()).isEqualByComparingTo(new BigDecimal("5000"));
        assertThat(list.filters.text.getValue()).isEqualTo(flagged.number());
        assertThat(firstPage(list.grid).size()).isEqualTo(1);
        assertThat(firstPage(list.grid).get(0).flagged()).isTrue();

        ContractsView other = open(Map.of("status", "PENDING_APPROVAL", "flagged", "true", "q", unflagged.number()));
        assertThat(firstPage(other.grid).size())
                .as("not flagged, so filtered out")
                .isZero();
        test(other.filters.flagged).click();
        assertThat(firstPage(other.grid).size()).isEqualTo(1);

        ContractsView wide = open(Map.of(
                "status",
                "PENDING_APPROVAL",
                "flagged",
                "true",
                "customer",
                Long.toString(flagged.customerId()),
                "status2",
                "ignored"));
        assertThat(wide.filters.customer.getValue().id()).isEqualTo(flagged.customerId());
        assertThat(firstPage(wide.grid)).isNotEmpty();
        for (var item : firstPage(wide.grid)) {
            assertThat(item.status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
            assertThat(item.flagged()).isTrue();
            assertThat(item.customerId()).isEqualTo(flagged.customerId());
        }
    }

    @Test
    @WithUserDetails("analyst")
    void invalid_filter_values_in_the_url_are_ignored() {
        ContractsView list = open(Map.of("status", "NOPE", "min", "abc", "endFrom", "2024-13-45", "customer", "x"));
        assertThat(list.filters.status.getValue()).isNull();
        assertThat(list.filters.minValue.getValue()).isNull();
        assertThat(list.filters.endFrom.getValue()).isNull();
        assertThat(list.filters.customer.getValue()).isNull();
        assertThat(list.create.isVisible())
                .as("analysts do not create contracts")
                .isFalse();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_service_admin_cannot_open_contracts() {
        UI.getCurrent().navigate(ContractsView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(ContractsView.class).exists()).isFalse();
        UI.getCurrent().navigate(ContractDetailView.class, "CT-2025-000001");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(SideNavItem.class)
                        .withCondition(i -> i.getLabel().equals("Contracts"))
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_creates_a_draft_through_the_dialog_with_field_errors_first() {
        ContractsView list = open(Map.of());
        test(list.create).click();
        ContractFormDialog dialog = find(ContractFormDialog.class).single();
        assertThat(dialog.currency.getListDataView().getItems().toList())
                .containsAll(contracts.policy().currencies());
        test(dialog.save).click();
        assertThat(dialog.customer.isInvalid()).isTrue();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.value.isInvalid()).isTrue();

        String title = "Dialog draft " + System.nanoTime();
        var suggestions = test(dialog.customer);
        suggestions.setFilter("");
        dialog.customer.setValue(suggestions.getSuggestionItems().getFirst());
        test(dialog.title).setValue(title);
        dialog.value.setValue(new BigDecimal("2500.50"));
        dialog.endDate.setValue(dialog.startDate.getValue().minusDays(1));
        test(dialog.save).click();
        assertThat(dialog.endDate.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.endDate.setValue(dialog.startDate.getValue().plusYears(1));
        test(dialog.save).click();
        roundTrip();

        ContractDetailView view = (ContractDetailView) getCurrentView();
        assertThat(view.current.title()).isEqualTo(title);
        assertThat(view.current.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(view.current.value().format()).isEqualTo("EUR 2,500.50");
        assertThat(view.actionBar.submit.isVisible()).isTrue();
        assertThat(view.actionBar.edit.isVisible()).isTrue();

        test(view.actionBar.submit).click();
        assertThat(view.current.status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThat(view.actionBar.submit.isVisible()).isFalse();
        assertThat(view.actionBar.approve.isVisible())
                .as("the owner cannot approve")
                .isFalse();
    }

    /** The first page as the grid asks for it (the tester's size() would ask for everything, which the service refuses). */
    @SuppressWarnings("unchecked")
    @Test
    @WithUserDetails("analyst")
    void active_filters_show_as_chips_and_removing_one_clears_it_in_the_grid_and_the_url() {
        ContractDetails contract = fixtures.pending("manager", "4321");
        ContractsView list = open(Map.of("status", "PENDING_APPROVAL", "min", "4000", "q", contract.number()));
        FilterChips chips = find(FilterChips.class).single();
        assertThat(chipTexts(chips))
                .containsExactly(
                        "Search: " + contract.number(),
                        "Status: " + ContractStatus.PENDING_APPROVAL.label(),
                        "Value from: 4000",
                        "Clear all");
        assertThat(list.filters.toggle().getText()).isEqualTo("Filters (3)");
        GridKeys.replacedUrls();

        test(find(Button.class, chips).withText("Value from: 4000").single()).click();

        assertThat(list.filters.minValue.getValue()).isNull();
        assertThat(GridKeys.replacedUrls())
                .last()
                .asString()
                .startsWith("contracts?")
                .contains("status=PENDING_APPROVAL", "q=" + contract.number())
                .doesNotContain("min=");
        assertThat(firstPage(list.grid)).extracting(ContractListItem::number).containsExactly(contract.number());
        assertThat(chipTexts(chips)).hasSize(3).doesNotContain("Value from: 4000");
        assertThat(list.filters.toggle().getText()).isEqualTo("Filters (2)");

        test(find(Button.class, chips).withText("Clear all").single()).click();
        assertThat(list.filters.activeFilters()).isEmpty();
        assertThat(chips.isVisible()).isFalse();
        assertThat(GridKeys.replacedUrls()).last().asString().isEqualTo("contracts");
    }

    @Test
    @WithUserDetails("analyst")
    void on_a_phone_the_filters_fold_behind_a_toggle_that_counts_them() {
        ContractsView list = open(Map.of("flagged", "true", "endTo", "2030-01-31"));
        assertThat(list.filters.toggle().getText()).isEqualTo("Filters (2)");
        assertThat(list.filters.isOpen()).isFalse();
        assertThat(find(com.vaadin.flow.component.details.Details.class, list.filters)
                        .withClassName("filter-more")
                        .single()
                        .isOpened())
                .as("a folded filter that is set shows itself")
                .isTrue();

        test(list.filters.toggle()).click();

        assertThat(list.filters.hasClassName("filters-open")).isTrue();
        assertThat(list.filters.toggle().getElement().getAttribute("aria-expanded"))
                .isEqualTo("true");
    }

    private static List<String> chipTexts(FilterChips chips) {
        return chips.getChildren().map(chip -> ((Button) chip).getText()).toList();
    }

    static List<ContractListItem> firstPage(Grid<ContractListItem> grid) {
        return ((DataProvider<ContractListItem, Void>) grid.getDataProvider())
                .fetch(new Query<>(0, 50, List.of(), null, null))
                .toList();
    }

    ContractsView open(Map<String, String> query) {
        UI.getCurrent().navigate("contracts", QueryParameters.simple(query));
        roundTrip();
        return (ContractsView) getCurrentView();
    }
}
