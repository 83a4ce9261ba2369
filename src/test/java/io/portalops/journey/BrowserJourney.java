package io.portalops.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser journeys: the app on a random port and Debian's Chromium driven by Playwright (never a
 * downloaded browser). Skipped where no Chromium is installed unless PORTALOPS_REQUIRE_BROWSER=true, which .ci/run
 * sets so that CI cannot skip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        boolean required = "true".equals(System.getenv("PORTALOPS_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new IllegalStateException("Chromium is required but missing at " + CHROMIUM);
            }
            Assumptions.abort(
                    "No Chromium at " + CHROMIUM + "; install it (apt-get install chromium) to run browser tests");
        }
        // assertions wait on their condition as long as the page's actions do: a busy machine (or the dev bundle's
        // first
        // load) easily takes longer than Playwright's default of 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** Signs in on the login page the browser was sent to, as a demo account (whose password is its username). */
    static void signIn(com.microsoft.playwright.Page page, String demoUser) {
        page.locator("input[name=username]").fill(demoUser);
        page.locator("input[name=password]").fill(demoUser);
        page.locator("input[name=password]").press("Enter");
    }

    /**
     * The grid's rows as the user sees them, in order: the text of each cell of each row the grid shows (rows it keeps
     * hidden for reuse do not count). Read from the grid's own rows, so stale cells of a longer list cannot pass.
     */
    @SuppressWarnings("unchecked")
    static List<List<String>> gridRows(Locator grid) {
        return (List<List<String>>) grid.evaluate(GRID_ROWS);
    }

    /**
     * Waits until the grid has finished loading and shows exactly {@code count} rows, each with some text (a row's first
     * cell may be a selection checkbox, which has none).
     */
    static void awaitGridRows(Locator grid, int count) {
        grid.page()
                .waitForFunction(
                        "([grid, count]) => { const rows = " + GRID_ROWS + "(grid); "
                                + "return !grid.hasAttribute('loading') && grid.size === count && rows.length === count && rows.every(r => r.some(cell => cell !== '')); }",
                        List.of(grid.elementHandle(), count));
    }

    private static final String GRID_ROWS = "(grid => [...grid.shadowRoot.querySelectorAll('#items > tr')]"
            + ".filter(tr => !tr.hidden && tr.index !== undefined && tr.index < grid.size)"
            + ".sort((a, b) => a.index - b.index)"
            + ".map(tr => [...tr.querySelectorAll(':scope > td')].map(td => { const slot = td.querySelector('slot'); "
            + "const content = slot && slot.assignedElements({flatten: true})[0]; return content ? content.textContent.trim() : ''; })))";

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
