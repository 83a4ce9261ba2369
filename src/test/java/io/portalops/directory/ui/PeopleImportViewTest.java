package io.portalops.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.ImportOutcome;
import io.portalops.directory.ImportRow;
import io.portalops.directory.PersonImportItem;
import io.portalops.shared.ui.NotFoundView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class PeopleImportViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void the_preview_shows_each_rows_errors_and_offers_only_the_valid_rows_which_are_then_imported_and_listed() {
        String k = DirectoryFixtures.unique();
        String csv = "employee_number,name,email,status\n" + k + "-1,Vali Dated,vali." + k + "@example.com,active\n"
                + k + "-2,Broken Row,broken-email,active\n";
        PeopleImportView view = navigate(PeopleImportView.class);

        view.preview("staff.csv", csv.getBytes(StandardCharsets.UTF_8));

        ImportPreviewDialog dialog = find(ImportPreviewDialog.class).single();
        assertThat(dialog.summary.getText()).isEqualTo("2 rows: 1 valid, 1 with errors.");
        assertThat(dialog.rows.getListDataView().getItems().map(ImportRow::valid)).containsExactly(true, false);
        assertThat(test(dialog.rows).getCellText(1, 1)).contains("email:");
        assertThat(dialog.importAll.isEnabled()).isFalse();
        assertThat(dialog.importValid.isEnabled()).isTrue();

        test(dialog.importValid).click();

        assertThat(jdbc.queryForList("select name from person where employee_number like ?", String.class, k + "%")).containsExactly("Vali Dated");
        PersonImportItem last = view.imports.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(last.fileName()).isEqualTo("staff.csv");
        assertThat(last.outcome()).isEqualTo(ImportOutcome.PARTLY_IMPORTED);
        assertThat(find(ImportPreviewDialog.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void only_an_admin_reaches_the_import() {
        UI.getCurrent().navigate(PeopleImportView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
