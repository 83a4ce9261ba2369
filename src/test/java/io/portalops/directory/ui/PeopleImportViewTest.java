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
        String csv = "employee_number,name,email,status\n" + k + "-1,Vali Dated,vali." + k + "@example.com,active\n" + k
                + "-2,Broken Row,broken-email,active\n";
        PeopleImportView view = navigate(PeopleImportView.class);

        test(view.upload).upload("staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        ImportPreviewDialog dialog = find(ImportPreviewDialog.class).single();
        java.nio.file.Path held = view.handler.held();
        assertThat(held).as("the upload went to a temp file").isNotNull().exists();
        assertThat(dialog.summary.getText()).isEqualTo("2 rows: 1 valid, 1 with errors.");
        assertThat(dialog.rows.getListDataView().getItems().map(ImportRow::valid))
                .containsExactly(true, false);
        assertThat(test(dialog.rows).getCellText(1, 1)).contains("email:");
        assertThat(dialog.importAll.isEnabled()).isFalse();
        assertThat(dialog.importValid.isEnabled()).isTrue();

        test(dialog.importValid).click();

        assertThat(jdbc.queryForList("select name from person where employee_number like ?", String.class, k + "%"))
                .containsExactly("Vali Dated");
        PersonImportItem last =
                view.imports.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(last.fileName()).isEqualTo("staff.csv");
        assertThat(last.outcome()).isEqualTo(ImportOutcome.PARTLY_IMPORTED);
        assertThat(find(ImportPreviewDialog.class).exists()).isFalse();
        assertThat(held).as("the temp file goes when the dialog closes").doesNotExist();
    }

    @Test
    @WithUserDetails("admin")
    void a_file_over_the_limit_is_refused_on_the_server_even_when_the_browser_limit_is_bypassed() {
        PeopleImportView view = navigate(PeopleImportView.class);
        // a client that ignores the browser's max-file-size property
        view.upload.setMaxFileSize(Integer.MAX_VALUE);
        byte[] huge = new byte[io.portalops.directory.PeopleImport.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        test(view.upload).upload("huge.csv", "text/csv", huge);

        assertThat(find(ImportPreviewDialog.class).exists()).isFalse();
        assertThat(view.handler.held()).isNull();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class)
                        .all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("larger than the limit of 5 MB"));
    }

    @Test
    @WithUserDetails("admin")
    void leaving_the_page_removes_an_uploaded_file_that_was_not_imported() {
        PeopleImportView view = navigate(PeopleImportView.class);
        test(view.upload)
                .upload(
                        "staff.csv",
                        "text/csv",
                        "employee_number,name,email,status\n".getBytes(StandardCharsets.UTF_8));
        java.nio.file.Path held = view.handler.held();
        assertThat(held).isNotNull().exists();

        navigate(io.portalops.directory.ui.DirectoryView.class);

        assertThat(held).doesNotExist();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void only_an_admin_reaches_the_import() {
        UI.getCurrent().navigate(PeopleImportView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
