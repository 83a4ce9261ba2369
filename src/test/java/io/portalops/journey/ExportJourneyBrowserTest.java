package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst in a real Chromium exports the filtered Contracts grid to CSV, downloads the file and its signature, and
 * the Verify page calls the file genuine, then a changed copy not.
 */
class ExportJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_analyst_exports_active_contracts_downloads_file_and_signature_and_verifies_them() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/contracts?status=ACTIVE");
        signIn(page, "analyst");
        page.waitForURL(url -> url.contains("/contracts"));
        if (!page.url().contains("status=ACTIVE")) {
            page.navigate("http://localhost:" + port + "/contracts?status=ACTIVE");
        }

        page.locator(".export-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("CSV")).first().click();
        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").filter(new Locator.FilterOptions().setHasText("Export Contracts"));
        assertThat(page.getByText("rows exported and signed")).isVisible();

        Download file = page.waitForDownload(() -> page.locator("a.export-download").click());
        Path csv = Files.createTempFile("contracts", ".csv");
        file.saveAs(csv);
        Download signature = page.waitForDownload(() -> page.locator("a.export-signature").click());
        Path sig = Files.createTempFile("contracts", ".csv.sig");
        signature.saveAs(sig);
        assertThat(file.suggestedFilename()).startsWith("contracts-").endsWith(".csv");
        long active = jdbc.queryForObject("select count(*) from contract where status = 'ACTIVE'", Long.class);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize((int) active + 1);
        assertThat(Files.readString(sig)).contains("sha256: ");
        assertThat(dialog.count()).isPositive();

        page.navigate("http://localhost:" + port + "/exports/verify");
        page.locator("vaadin-upload").nth(0).locator("input[type=file]").setInputFiles(csv);
        page.locator("vaadin-upload").nth(1).locator("input[type=file]").setInputFiles(sig);
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Verify")).last().click();
        assertThat(page.locator(".export-verdict")).containsText("Genuine export #");

        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length - 2] ^= 1;
        Path changed = Files.createTempFile("changed", ".csv");
        Files.write(changed, bytes);
        page.locator("vaadin-upload").nth(0).locator("input[type=file]").setInputFiles(changed);
        page.waitForTimeout(500);
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Verify")).last().click();
        assertThat(page.locator(".export-verdict")).containsText("Modified");
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }
}
