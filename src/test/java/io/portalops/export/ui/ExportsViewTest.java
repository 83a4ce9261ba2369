package io.portalops.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.contract.ContractExport;
import io.portalops.contract.ContractFilter;
import io.portalops.contract.ContractStatus;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportListItem;
import io.portalops.export.ExportLogTest;
import io.portalops.export.ExportStatus;
import io.portalops.export.Exports;
import io.portalops.shared.ui.grid.RowCountLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Exports grid without a browser: the role's rows, filters from the URL, and the download only for the owner. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ExportsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Exports exports;

    @Autowired
    ContractExport contractExport;

    List<Long> ids(ExportsView view) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .map(item -> item.export().id())
                .toList();
    }

    ExportsView open(String grid) {
        UI.getCurrent().navigate("exports", QueryParameters.of("grid", grid));
        return (ExportsView) getCurrentView();
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_lists_their_own_exports_and_downloads_the_live_one() {
        String grid = ExportLogTest.grid();
        ContractFilter active =
                new ContractFilter(ContractStatus.ACTIVE, null, null, null, null, null, null, null, null, false);
        long live = exports.run(contractExport.query(active, List.of()), ExportFormat.CSV)
                .exportId();
        jdbc.update("update export_record set grid = ? where id = ?", grid, live);
        long theirs = ExportLogTest.record(jdbc, grid, "approver", "READY");

        ExportsView view = open(grid);
        assertThat(ids(view)).containsExactly(live).doesNotContain(theirs);
        assertThat(view.filters.grid.getValue()).isEqualTo(grid);
        assertThat(find(RowCountLabel.class).single().getText()).isEqualTo("1 export");
        ExportListItem row =
                view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(row.downloadable()).isTrue();
        assertThat(FilterWording.describe(row.export().filters(), "none")).contains("Status: Active");

        view.open(row);
        assertThat(find(Anchor.class).from(view.detail).all())
                .anySatisfy(a -> assertThat(a.hasClassName("export-download")).isTrue());
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_lists_everyones_exports_filters_by_status_and_is_told_who_may_download() {
        String grid = ExportLogTest.grid();
        long ready = ExportLogTest.record(jdbc, grid, "analyst", "READY");
        long failed = ExportLogTest.record(jdbc, grid, "approver", "FAILED");

        ExportsView view = open(grid);
        assertThat(ids(view)).containsExactly(failed, ready);
        test(view.filters.status).selectItem("Ready");
        assertThat(view.filters.status.getValue()).isEqualTo(ExportStatus.READY);
        assertThat(ids(view)).containsExactly(ready);

        view.open(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());
        assertThat(find(Anchor.class).from(view.detail).all()).isEmpty();
        assertThat(find(Span.class).from(view.detail).all())
                .extracting(Span::getText)
                .contains("Only analyst may download it.");
    }
}
