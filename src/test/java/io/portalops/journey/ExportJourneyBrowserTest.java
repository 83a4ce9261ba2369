package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.portalops.TestUsers;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst in a real Chromium exports the Customers grid, filtered to three customers this test creates, to CSV,
 * downloads the file and its signature, and the Verify page calls the file genuine, then a changed copy not.
 */
class ExportJourneyBrowserTest extends BrowserJourney {

    @Autowired
    CustomerService customers;

    @Autowired
    TestUsers users;

    @Test
    void an_analyst_exports_filtered_customers_downloads_file_and_signature_and_verifies_them() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> references = List.of("EXP-" + marker + "-1", "EXP-" + marker + "-2", "EXP-" + marker + "-3");
        for (String reference : references) {
            users.as(
                    "manager",
                    () -> customers.create(new CustomerForm(
                            reference,
                            "Exported " + marker + " " + reference,
                            CustomerKind.COMPANY,
                            null,
                            null,
                            null,
                            null,
                            "NO",
                            CustomerSegment.SMB,
                            CustomerStatus.ACTIVE,
                            null,
                            null)));
        }
        String filtered = "http://localhost:" + port + "/customers?name=" + marker;
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1400, 900).setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        page.navigate(filtered);
        signIn(page, "analyst");
        page.waitForURL(url -> url.contains("/customers"));
        if (!page.url().contains("name=" + marker)) {
            page.navigate(filtered);
        }
        Locator grid = page.locator("vaadin-grid");
        awaitGridRows(grid, 3);
        assertThat(gridRows(grid)).extracting(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(references);

        page.locator(".export-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("CSV"))
                .first()
                .click();
        assertThat(page.getByText("3 rows exported and signed.")).isVisible();

        Download file =
                page.waitForDownload(() -> page.locator("a.export-download").click());
        Path csv = Files.createTempFile("customers", ".csv");
        file.saveAs(csv);
        Download signature =
                page.waitForDownload(() -> page.locator("a.export-signature").click());
        Path sig = Files.createTempFile("customers", ".csv.sig");
        signature.saveAs(sig);
        assertThat(file.suggestedFilename()).startsWith("customers-").endsWith(".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(rows).extracting(row -> row.get("External ref")).containsExactlyInAnyOrderElementsOf(references);
        assertThat(Files.readString(sig)).contains("sha256: ");

        page.navigate("http://localhost:" + port + "/exports/verify");
        page.locator("vaadin-upload").nth(0).locator("input[type=file]").setInputFiles(csv);
        assertThat(page.locator(".export-chosen").first()).hasText("File: " + csv.getFileName());
        page.locator("vaadin-upload").nth(1).locator("input[type=file]").setInputFiles(sig);
        assertThat(page.locator(".export-chosen").nth(1)).hasText("Signature: " + sig.getFileName());
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Verify"))
                .last()
                .click();
        assertThat(page.locator(".export-verdict")).containsText("Genuine export #");

        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length - 2] ^= 1;
        Path changed = Files.createTempFile("changed", ".csv");
        Files.write(changed, bytes);
        page.locator("vaadin-upload").nth(0).locator("input[type=file]").setInputFiles(changed);
        // a new upload clears the verdict: wait for that, not for a fixed time
        assertThat(page.locator(".export-chosen").first()).hasText("File: " + changed.getFileName());
        assertThat(page.locator(".export-verdict")).hasText("");
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Verify"))
                .last()
                .click();
        assertThat(page.locator(".export-verdict")).containsText("Modified");
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }
}
