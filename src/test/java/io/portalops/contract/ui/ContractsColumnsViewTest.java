package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractSortField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue #22: at 1440 px the contracts grid cut long titles and customer names; the text now has the room and a hover. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ContractsColumnsViewTest extends SpringBrowserlessTest {

    /** About what the grid gets at 1440 px beside the navigation drawer, less the selection column and a scrollbar. */
    static final double LAPTOP_REM = 68;

    @Test
    @WithUserDetails("manager")
    void long_titles_customers_and_owners_show_in_full_on_hover_and_the_title_takes_the_spare_width() {
        UI.getCurrent().navigate("contracts");
        Grid<ContractListItem> grid = ((ContractsView) getCurrentView()).grid;
        List<ContractListItem> rows = ContractsViewTest.firstPage(grid);
        assertThat(rows).isNotEmpty();

        for (ContractListItem row : rows) {
            assertThat(tooltip(grid, ContractSortField.TITLE.name(), row)).isEqualTo(row.title());
            assertThat(tooltip(grid, "customer", row)).isEqualTo(row.customerName());
            assertThat(tooltip(grid, "owner", row)).isEqualTo(row.ownerName());
        }
        Grid.Column<ContractListItem> title = grid.getColumnByKey(ContractSortField.TITLE.name());
        assertThat(grid.getColumns())
                .as("the title grows most; short values keep their fixed width")
                .allSatisfy(column -> assertThat(column.getFlexGrow()).isLessThanOrEqualTo(title.getFlexGrow()))
                .filteredOn(column -> column.getFlexGrow() > 0)
                .extracting(Grid.Column::getKey)
                .containsExactlyInAnyOrder(ContractSortField.TITLE.name(), "customer");
        assertThat(grid.getColumns().stream()
                        .mapToDouble(ContractsColumnsViewTest::rem)
                        .sum())
                .as("the columns' widths fit a 1440 px laptop, so what is left goes to the title and the customer")
                .isLessThanOrEqualTo(LAPTOP_REM);
    }

    static <T> String tooltip(Grid<T> grid, String key, T row) {
        var generator = grid.getColumnByKey(key).getTooltipGenerator();
        assertThat(generator).as("a tooltip on %s", key).isNotNull();
        return generator.apply(row);
    }

    static double rem(Grid.Column<?> column) {
        String width = column.getWidth();
        assertThat(width).as("%s has a width in rem", column.getKey()).endsWith("rem");
        return Double.parseDouble(width.substring(0, width.length() - "rem".length()));
    }
}
