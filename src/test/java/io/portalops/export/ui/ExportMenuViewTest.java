package io.portalops.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBarTester;
import io.portalops.audit.ui.AuditView;
import io.portalops.contract.ui.ContractsView;
import io.portalops.customer.ui.CustomersView;
import io.portalops.directory.ui.DirectoryView;
import io.portalops.event.ui.EventLogView;
import io.portalops.export.ExportVerification;
import io.portalops.inventory.ui.ServicesView;
import io.portalops.payment.ui.PaymentsView;
import io.portalops.workflow.ui.TasksView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Export menu on the grids, its dialog and downloads, the download page and the Verify page, without a browser. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ExportMenuViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Waits for the dialog's export (polls do not fire without a browser, so it refreshes itself here). */
    ExportDialog finished() {
        ExportDialog dialog = find(ExportDialog.class).single();
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            dialog.refresh();
            return dialog.downloads.isVisible() || !dialog.bar.isVisible();
        });
        return dialog;
    }

    /** Picks Export → CSV (0) or Excel (1) on the view's menu and waits for the export. */
    ExportDialog export(int format) {
        new MenuBarTester<>(find(ExportMenu.class).single()).clickItem(0, format);
        return finished();
    }

    Anchor link(com.vaadin.flow.component.Component in, String className) {
        return find(Anchor.class).from(in).all().stream()
                .filter(a -> a.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    static byte[] download(Anchor anchor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new com.vaadin.flow.component.html.AnchorTester(anchor).download(out);
        return out.toByteArray();
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_exports_the_filtered_contracts_grid_from_its_menu_and_downloads_the_file_and_its_signature() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("contracts", com.vaadin.flow.router.QueryParameters.of("status", "ACTIVE"));
        assertThat(getCurrentView()).isInstanceOf(ContractsView.class);
        ExportMenu menu = find(ExportMenu.class).single();
        assertThat(menu.isVisible()).isTrue();
        ExportDialog dialog = export(0);
        assertThat(dialog.status.getText()).contains("rows exported and signed");
        Anchor file = link(dialog, "export-download");
        Anchor signature = link(dialog, "export-signature");
        String csv = new String(download(file), StandardCharsets.UTF_8);
        long active = jdbc.queryForObject("select count(*) from contract where status = 'ACTIVE'", Long.class);
        assertThat(csv.lines().count()).isEqualTo(active + 1);
        assertThat(new String(download(signature), StandardCharsets.UTF_8))
                .contains("sha256: ")
                .contains("signature: hmac-sha256:");

        Map<String, Object> record =
                jdbc.queryForMap("select grid, filters::text as filters from export_record order by id desc limit 1");
        assertThat(record.get("grid")).isEqualTo("contracts");
        assertThat((String) record.get("filters")).contains("ACTIVE");
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_sees_no_export_menu() {
        navigate(ContractsView.class);
        assertThat(find(ExportMenu.class).all()).as("no visible export menu").isEmpty();
        navigate(CustomersView.class);
        assertThat(find(ExportMenu.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void every_grid_has_an_export_menu() {
        for (Class<? extends com.vaadin.flow.component.Component> view : List.of(
                CustomersView.class,
                ContractsView.class,
                EventLogView.class,
                DirectoryView.class,
                PaymentsView.class,
                TasksView.class,
                AuditView.class,
                ServicesView.class)) {
            navigate(view);
            assertThat(find(ExportMenu.class).all())
                    .as(view.getSimpleName())
                    .isNotEmpty()
                    .allMatch(ExportMenu::isVisible);
        }
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_service_admin_exports_payments_as_xlsx_and_finds_it_again_on_its_download_page() {
        navigate(PaymentsView.class);
        ExportDialog dialog = export(1);
        assertThat(dialog.downloads.isVisible()).isTrue();
        long id = jdbc.queryForObject("select max(id) from export_record where grid = 'payments'", Long.class);

        ExportDownloadView page = navigate("exports/" + id, ExportDownloadView.class);
        assertThat(page.heading.getText()).contains("#" + id).endsWith(".xlsx");
        assertThat(page.state.getText()).contains("Ready to download");
        assertThat(link(page, "export-signature").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void the_verify_page_tells_a_genuine_export_from_a_changed_one() {

        navigate(AuditView.class);
        byte[] file = download(link(export(0), "export-download"));

        ExportVerifyView view = navigate(ExportVerifyView.class);
        assertThat(view.verify.isEnabled()).isFalse();
        test(view.file).upload("audit.csv", "text/csv", file);
        test(view.verify).click();
        assertThat(view.result.getElement().getAttribute("data-outcome"))
                .isEqualTo(ExportVerification.Outcome.GENUINE.name());
        assertThat(view.result.getText()).contains("Genuine export #").contains("by auditor");

        byte[] changed = file.clone();
        changed[changed.length - 2] ^= 1;
        test(view.file).upload("audit.csv", "text/csv", changed);
        test(view.verify).click();
        assertThat(view.result.getElement().getAttribute("data-outcome"))
                .isEqualTo(ExportVerification.Outcome.NOT_GENUINE.name());

        test(view.signature).upload("audit.csv.sig", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        test(view.verify).click();
        assertThat(view.result.getText()).contains("not a PortalOps signature file");
    }

    @Test
    @WithUserDetails("auditor")
    void a_signature_over_its_4_kb_limit_is_refused_on_the_server_and_the_held_files_go_when_the_page_is_left() {
        ExportVerifyView view = navigate(ExportVerifyView.class);
        view.signature.setMaxFileSize(Integer.MAX_VALUE);

        test(view.signature).upload("huge.sig", "text/plain", new byte[5000]);

        assertThat(view.result.getText()).contains("huge.sig is larger than the limit of 4 KB");
        assertThat(view.signatureHandler.held()).isNull();

        test(view.file).upload("audit.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        java.nio.file.Path held = view.fileHandler.held();
        assertThat(held).isNotNull().exists();
        navigate(AuditView.class);
        assertThat(held).doesNotExist();
    }
}
