package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import io.portalops.workflow.WorkflowFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An access review in a real Chromium, from start to evidence: the admin starts a campaign over a product this test
 * creates with three grants; its product admin revokes one (saying why) and keeps the others, then completes the
 * revoke task with evidence; the campaign shows completed, and its evidence CSV downloads and verifies as genuine.
 */
class AccessReviewJourneyBrowserTest extends BrowserJourney {

    static final Path SHOTS = Path.of("target/screenshots");

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_starts_a_review_the_product_admin_revokes_one_the_task_closes_the_loop_and_the_evidence_verifies()
            throws Exception {
        String marker = DirectoryFixtures.unique();
        long service = fx.service();
        long product = fx.product(service, LicenceModel.PER_SEAT, 10);
        String productName = jdbc.queryForObject("select name from product where id = ?", String.class, product);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, product);
        String dept = WorkflowFixtures.department();
        LocalDate yearAgo = LocalDate.now().minusYears(1);
        List<String> people = List.of("Rita " + marker, "Kurt " + marker, "Kim " + marker);
        for (String name : people) {
            long person = fx.person(name, dept, "Engineer", EmploymentStatus.ACTIVE, yearAgo, null)
                    .id();
            fx.grant(person, product, GrantStatus.ACTIVE);
        }
        Files.createDirectories(SHOTS);

        // the admin starts the campaign over the one product
        BrowserContext adminContext = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setAcceptDownloads(true));
        Page admin = adminContext.newPage();
        admin.setDefaultTimeout(30_000);
        admin.navigate("http://localhost:" + port + "/access-reviews");
        signIn(admin, "admin");
        admin.waitForURL(url -> url.matches(".*/access-reviews(\\?.*)?$"));
        admin.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Start campaign"))
                .click();
        Locator start = admin.locator("vaadin-dialog");
        String title = "Journey review " + marker;
        start.locator("vaadin-text-field input").fill(title);
        start.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Some products"))
                .click();
        Locator products = start.locator("vaadin-multi-select-combo-box:not([hidden]) input");
        products.fill(productName);
        admin.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(productName))
                .click();
        products.press("Tab");
        assertThat(start.locator("vaadin-multi-select-combo-box:not([hidden])")).containsText(productName);
        start.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Start"))
                .last()
                .click();
        admin.waitForURL(url -> url.matches(".*/access-reviews/\\d+$"));
        String campaignUrl = admin.url();
        assertThat(admin.locator(".campaign-view h2")).hasText(title);
        assertThat(admin.locator(".review-summary")).containsText("3 accesses, 0 decided");
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("access-review-campaign.png")));
        admin.navigate("http://localhost:" + port + "/access-reviews");
        assertThat(admin.locator(".reviews-view vaadin-grid")).containsText(title);
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("access-reviews-list.png")));

        // the product admin finds the three accesses in their queue, revokes Rita's and keeps the others
        BrowserContext reviewerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        Page reviewer = reviewerContext.newPage();
        reviewer.setDefaultTimeout(30_000);
        reviewer.navigate("http://localhost:" + port + "/access-reviews");
        reviewer.locator("input[name=username]").fill(productAdmin);
        reviewer.locator("input[name=password]").fill(DirectoryFixtures.PASSWORD);
        reviewer.locator("input[name=password]").press("Enter");
        reviewer.waitForURL(url -> url.matches(".*/access-reviews(\\?.*)?$"));
        assertThat(reviewer.locator("vaadin-side-nav-item")
                        .filter(new Locator.FilterOptions().setHasText("Access reviews")))
                .containsText("3");
        reviewer.locator("vaadin-grid a")
                .filter(new Locator.FilterOptions().setHasText(title))
                .click();
        reviewer.waitForURL(url -> url.equals(campaignUrl));
        Locator items = reviewer.locator(".campaign-view vaadin-grid").last();
        awaitPeople(items, 3);
        // the person's cell: the name, and under it the department and the status the snapshot took
        assertThat(gridRows(items))
                .extracting(row -> row.get(1))
                .allSatisfy(cell -> assertThat(cell).endsWith(dept + " · Active"))
                .extracting(cell -> cell.substring(0, cell.length() - (dept + " · Active").length()))
                .containsExactlyInAnyOrderElementsOf(people);
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("access-review-queue.png")));

        rowAction(items, people.get(0), "Revoke").click();
        Locator revoke = reviewer.locator("vaadin-dialog");
        revoke.locator("textarea").fill("Moved to another team in March");
        revoke.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Revoke"))
                .last()
                .click();
        awaitPeople(items, 2);
        rowAction(items, people.get(1), "Keep").click();
        awaitPeople(items, 1);
        rowAction(items, people.get(2), "Keep").click();
        assertThat(reviewer.locator(".review-summary"))
                .containsText("3 accesses, 3 decided, 1 revoked (1 revoke task open)");

        // the revoke task, done with evidence, closes the loop
        reviewer.navigate("http://localhost:" + port + "/tasks");
        Locator tasks = reviewer.locator(".tasks-view vaadin-grid");
        assertThat(tasks).containsText(people.get(0));
        reviewer.locator(".tasks-view .task-actions vaadin-menu-bar-button")
                .first()
                .click();
        reviewer.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("Complete"))
                .first()
                .click();
        Locator note = reviewer.locator("vaadin-dialog");
        note.locator("textarea").fill("Removed in the vendor console, ticket SEC-" + marker);
        note.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Complete"))
                .click();
        assertThat(tasks).containsText("Done");
        reviewerContext.close();

        // the admin sees the campaign completed and takes its evidence
        admin.navigate(campaignUrl);
        assertThat(admin.locator(".review-summary")).containsText("Completed");
        assertThat(admin.locator(".review-summary")).containsText("0 revoke tasks open");
        admin.locator(".evidence-menu vaadin-menu-bar-button").first().click();
        admin.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("Table (.csv)"))
                .click();
        assertThat(admin.locator("vaadin-dialog")).containsText("3 rows");
        Download download = admin.waitForDownload(
                () -> admin.locator("a.export-download").first().click());
        Path csv = Files.createTempFile("evidence", ".csv");
        download.saveAs(csv);
        assertThat(download.suggestedFilename())
                .startsWith("access-review-evidence-")
                .endsWith(".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Moved to another team in March", "ticket SEC-" + marker, "DONE");

        admin.navigate("http://localhost:" + port + "/exports/verify");
        admin.locator("vaadin-upload").nth(0).locator("input[type=file]").setInputFiles(csv);
        assertThat(admin.locator(".export-chosen").first()).hasText("File: " + csv.getFileName());
        admin.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Verify"))
                .last()
                .click();
        assertThat(admin.locator(".export-verdict"))
                .containsText(Pattern.compile("Genuine export #\\d+ of access-review-evidence .* 3 rows, unmodified"));
        adminContext.close();
    }

    private static final String CELLS = "(tr => [...tr.querySelectorAll(':scope > td')].map(td => {"
            + " const slot = td.querySelector('slot');"
            + " return slot && slot.assignedElements({flatten: true})[0]; }))";

    /**
     * Waits until the items grid has loaded and shows exactly these people (its first column holds the selection
     * boxes, so the person is the second).
     */
    private static void awaitPeople(Locator grid, int count) {
        grid.page()
                .waitForFunction(
                        "([grid, count]) => { const rows = [...grid.shadowRoot.querySelectorAll('#items > tr')]"
                                + ".filter(tr => !tr.hidden && tr.index !== undefined && tr.index < grid.size);"
                                + " return !grid.hasAttribute('loading') && grid.size === count && rows.length === count"
                                + " && rows.every(tr => { const c = " + CELLS
                                + "(tr)[1]; return c && c.textContent.trim() !== ''; }); }",
                        List.of(grid.elementHandle(), count));
    }

    /**
     * The button of the items grid's row that shows the person (the cell starts with the name, the department and status
     * follow), found through the grid's own rows.
     */
    private static Locator rowAction(Locator grid, String person, String action) {
        grid.evaluate(
                "(grid, [person, action]) => {"
                        + " document.querySelectorAll('[data-journey]').forEach(e => e.removeAttribute('data-journey'));"
                        + " const cells = " + CELLS + ";"
                        + " const tr = [...grid.shadowRoot.querySelectorAll('#items > tr')].find(tr => !tr.hidden"
                        + "   && cells(tr).some(c => c && c.textContent.trim().startsWith(person)));"
                        + " const button = cells(tr).flatMap(c => c ? [...c.querySelectorAll('vaadin-button')] : [])"
                        + "   .find(b => b.textContent.trim() === action);"
                        + " button.setAttribute('data-journey', 'target'); }",
                List.of(person, action));
        return grid.page().locator("vaadin-button[data-journey=target]");
    }
}
