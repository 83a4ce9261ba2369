package io.portalops.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import io.portalops.TestUsers;
import io.portalops.calendar.DeadlineType;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.shared.ui.calendar.CalendarBoard;
import io.portalops.shared.ui.calendar.CalendarItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Calendar view's server side: which items it hands to the board for a range and a filter, and what a click opens. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractService contracts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate end = LocalDate.now().plusDays(333);
    ContractDetails contract;

    @BeforeAll
    void contract() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        contract = users.as(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        "View " + UUID.randomUUID().toString().substring(0, 6),
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("500"),
                        "EUR",
                        LocalDate.now().minusDays(1),
                        end,
                        true,
                        30,
                        null)));
        jdbc.update("update contract set status = 'ACTIVE' where id = ?", contract.id());
    }

    List<CalendarItem> ours(CalendarView view) {
        return view.board.getItems().stream()
                .filter(i -> i.id().startsWith("contract-" + contract.id() + "-"))
                .toList();
    }

    @Test
    @WithUserDetails("manager")
    void a_range_hands_the_board_its_items_highlighted_with_their_action_and_the_type_filter_narrows_them() {
        CalendarView view = navigate(CalendarView.class);
        view.showRange(end.minusDays(31), end);

        assertThat(ours(view))
                .extracting(CalendarItem::day, CalendarItem::kind, CalendarItem::action, CalendarItem::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                end.minusDays(30), "contract", "Give notice", "contracts/" + contract.number()),
                        org.assertj.core.groups.Tuple.tuple(end, "contract", null, "contracts/" + contract.number()));
        assertThat(ours(view).getFirst().label())
                .isEqualTo("Give notice: Notice by " + contract.number() + " " + contract.title());
        assertThat(view.board.getItems()).extracting(CalendarItem::kind).containsOnly("contract");
        assertThat(view.status.getText()).contains("deadlines").contains("to act on");
        assertThat(view.owner.getListDataView().getItems()).isNotEmpty();

        view.types.setValue(Set.of(DeadlineType.CONTRACT_END));
        assertThat(ours(view)).extracting(CalendarItem::day).containsExactly(end);

        view.showRange(end.plusDays(1), end.plusDays(40));
        assertThat(ours(view)).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void a_click_opens_the_items_contract_and_a_forged_id_opens_nothing() {
        CalendarView view = navigate(CalendarView.class);
        view.showRange(end.minusDays(31), end);
        CalendarItem item = ours(view).getFirst();

        ComponentUtil.fireEvent(view.board, new CalendarBoard.ItemClickEvent(view.board, true, "contract-1-nope"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("calendar");

        ComponentUtil.fireEvent(view.board, new CalendarBoard.ItemClickEvent(view.board, true, item.id()));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("contracts/" + contract.number());
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_service_admin_gets_their_payments_and_the_service_filter_keeps_one_service() {
        CalendarView view = navigate(CalendarView.class);
        LocalDate today = LocalDate.now();
        view.showRange(today.minusDays(30), today.plusDays(369));

        assertThat(view.board.getItems())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.link()).matches("(payments|access-reviews)/.*"));
        List<Long> services = view.service.getListDataView().getItems().toList();
        assertThat(services).hasSizeGreaterThan(1);

        List<CalendarItem> all = view.board.getItems();
        view.service.setValue(services.getFirst());
        List<CalendarItem> oneService = view.board.getItems();
        // every service offered has items, so one service shows some of them and not all
        assertThat(oneService).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(all).containsAll(oneService);
        view.service.clear();
        assertThat(view.board.getItems()).isEqualTo(all);
    }
}
