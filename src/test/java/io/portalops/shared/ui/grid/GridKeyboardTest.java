package io.portalops.shared.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.data.provider.SortDirection;
import io.portalops.audit.ui.AuditView;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ui.ContractDetailView;
import io.portalops.contract.ui.ContractsView;
import io.portalops.customer.CustomerListItem;
import io.portalops.customer.ui.CustomerDetailView;
import io.portalops.customer.ui.CustomersView;
import io.portalops.directory.ui.DirectoryView;
import io.portalops.event.ui.EventLogView;
import io.portalops.inventory.ui.ServicesView;
import io.portalops.payment.ui.PaymentsView;
import io.portalops.security.ui.AccountsView;
import io.portalops.workflow.ui.TasksView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The grid shortcuts of issue #22, pressed as the browser sends them (see {@link GridKeys}). */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class GridKeyboardTest extends SpringBrowserlessTest {

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
    void every_grid_view_installs_the_shortcuts_and_offers_their_help_in_its_toolbar(Class<? extends Component> view) {
        navigate(view);
        List<Grid<?>> keyed =
                grids().stream().filter(grid -> GridKeyboard.of(grid) != null).toList();
        assertThat(keyed)
                .as("a grid of %s with the shortcuts", view.getSimpleName())
                .hasSize(1);
        Button help = GridKeyboard.of(keyed.getFirst()).helpButton();
        assertThat(help.getParent().flatMap(Component::getParent))
                .as("the help button sits in the grid toolbar")
                .get()
                .isInstanceOf(GridToolbar.class);
        assertThat(help.getAriaLabel()).contains("Keyboard shortcuts");
    }

    @ParameterizedTest
    @MethodSource("gridViews")
    @WithUserDetails("admin")
    void every_filter_field_of_every_grid_view_has_a_name_of_its_own(Class<? extends Component> view) {
        navigate(view);
        for (FilterBar bar : descendants((Component) getCurrentView(), FilterBar.class)) {
            List<String> names = new ArrayList<>();
            for (Component field : descendants(bar, Component.class)) {
                if (!(field instanceof HasValue<?, ?>)
                        || field.getParent().filter(HasValue.class::isInstance).isPresent()) {
                    continue; // a composite field's inner parts are named by the composite
                }
                String name = accessibleName(field);
                assertThat(name)
                        .as(
                                "%s in %s has a label or an aria-label",
                                field.getClass().getSimpleName(), view.getSimpleName())
                        .isNotBlank();
                names.add(name);
            }
            assertThat(names).as("names in %s", view.getSimpleName()).doesNotHaveDuplicates();
            assertThat(bar.fields())
                    .as("registered filters of %s", view.getSimpleName())
                    .isNotEmpty();
        }
    }

    @Test
    @WithUserDetails("analyst")
    @SuppressWarnings("unchecked")
    void enter_on_a_focused_customer_row_opens_that_customer() {
        navigate(CustomersView.class);
        Grid<CustomerListItem> grid = (Grid<CustomerListItem>) grids().getFirst();
        CustomerListItem second = GridKt._fetch(grid, 0, 5).get(1);

        GridKeys.focusRow(grid, second);
        GridKeys.press(grid, GridKeyboard.ENTER_KEY);

        assertThat(getCurrentView()).isInstanceOf(CustomerDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + second.id());
    }

    @Test
    @WithUserDetails("analyst")
    @SuppressWarnings("unchecked")
    void enter_on_a_focused_contract_row_opens_that_contract_but_not_after_the_focus_moved_to_a_header() {
        navigate(ContractsView.class);
        Grid<ContractListItem> grid = (Grid<ContractListItem>) grids().getFirst();
        ContractListItem first = GridKt._fetch(grid, 0, 5).getFirst();

        GridKeys.focusRow(grid, first);
        GridKeys.focusHeader(grid, grid.getColumnByKey("flagged"));
        GridKeys.press(grid, GridKeyboard.ENTER_KEY);
        assertThat(getCurrentView())
                .as("a header that does not sort does nothing")
                .isInstanceOf(ContractsView.class);

        GridKeys.focusRow(grid, first);
        GridKeys.press(grid, GridKeyboard.ENTER_KEY);
        assertThat(getCurrentView()).isInstanceOf(ContractDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("contracts/" + first.number());
    }

    @Test
    @WithUserDetails("analyst")
    @SuppressWarnings("unchecked")
    void enter_on_a_sortable_header_sorts_by_it_and_a_second_enter_reverses_it() {
        navigate(CustomersView.class);
        Grid<CustomerListItem> grid = (Grid<CustomerListItem>) grids().getFirst();
        Grid.Column<CustomerListItem> reference = grid.getColumnByKey("EXTERNAL_REF");

        GridKeys.focusHeader(grid, reference);
        GridKeys.press(grid, GridKeyboard.ENTER_KEY);
        assertThat(grid.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted()).isSameAs(reference);
            assertThat(order.getDirection()).isEqualTo(SortDirection.ASCENDING);
        });
        List<String> ascending = GridKt._fetch(grid, 0, 20).stream()
                .map(CustomerListItem::externalRef)
                .toList();
        assertThat(ascending).isSortedAccordingTo(String::compareTo);

        GridKeys.press(grid, GridKeyboard.ENTER_KEY);
        assertThat(grid.getSortOrder().getFirst().getDirection()).isEqualTo(SortDirection.DESCENDING);
        List<String> descending = GridKt._fetch(grid, 0, 20).stream()
                .map(CustomerListItem::externalRef)
                .toList();
        assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @WithUserDetails("analyst")
    void slash_goes_to_the_first_filter_and_unfolds_the_bar_on_a_phone() {
        navigate(ContractsView.class);
        FilterBar bar =
                descendants((Component) getCurrentView(), FilterBar.class).getFirst();
        Component first = bar.firstField().orElseThrow();
        GridKeys.focusRequested(first); // drop what navigation queued

        GridKeys.pressOnPage(GridKeyboard.SLASH_KEY);

        assertThat(GridKeys.focusRequested(first)).isTrue();
        assertThat(bar.isOpen()).isTrue();
        assertThat(GridKeyboard.SLASH_KEY)
                .as("the browser leaves / alone while the user types in a field")
                .contains("'input'", "'textarea'", "isContentEditable");
    }

    @Test
    @WithUserDetails("analyst")
    @SuppressWarnings("unchecked")
    void escape_clears_the_filter_it_is_pressed_in_and_only_that_one() {
        navigate(CustomersView.class);
        FilterBar bar =
                descendants((Component) getCurrentView(), FilterBar.class).getFirst();
        var fields = bar.fields();
        HasValue<?, String> name = (HasValue<?, String>) fields.get(0);
        HasValue<?, Object> status = (HasValue<?, Object>) fields.get(1);
        name.setValue("ab");
        status.setValue(io.portalops.customer.CustomerStatus.ACTIVE);
        assertThat(bar.activeFilters()).hasSize(2);

        GridKeys.escape(fields.get(1));

        assertThat(status.isEmpty()).isTrue();
        assertThat(name.getValue()).isEqualTo("ab");
        assertThat(bar.activeFilters())
                .extracting(FilterBar.ActiveFilter::label)
                .containsExactly("Name");
    }

    @Test
    @WithUserDetails("admin")
    void question_mark_or_the_help_button_lists_the_shortcuts() {
        navigate(PaymentsView.class);
        GridKeyboard<?> keyboard = GridKeyboard.of(grids().getFirst());
        Popover help = keyboard.help();
        assertThat(help.isOpened()).isFalse();
        assertThat(help.getTarget()).isSameAs(keyboard.helpButton());

        GridKeys.pressOnPage(GridKeyboard.HELP_KEY);

        assertThat(help.isOpened()).isTrue();
        String text = help.getElement().getTextRecursively();
        assertThat(text).contains("Enter", "Open the focused row", "/", "first filter", "Esc", "Clear the filter");
    }

    private List<Grid<?>> grids() {
        List<Grid<?>> grids = new ArrayList<>();
        descendants((Component) getCurrentView(), Grid.class).forEach(grids::add);
        return grids;
    }

    static <C> List<C> descendants(Component root, Class<C> type) {
        List<C> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <C> void collect(Component component, Class<C> type, List<C> found) {
        component.getChildren().forEach(child -> {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            collect(child, type, found);
        });
    }

    private static String accessibleName(Component field) {
        String label = field.getElement().getProperty("label", "");
        String aria = field.getElement().getProperty("accessibleName", "");
        String attribute = field.getElement().getAttribute("aria-label");
        return !label.isBlank() ? label : !aria.isBlank() ? aria : attribute == null ? "" : attribute;
    }
}
