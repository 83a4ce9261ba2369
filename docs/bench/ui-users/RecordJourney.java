import com.microsoft.playwright.*;
import java.nio.file.*;
import java.util.*;

/**
 * Records what a real browser sends for one UI journey, for the Gatling replay of docs/bench/ui-users.sh (ADR 057).
 * Each Vaadin UIDL request (POST ?v-r=uidl) is written as one line "STEP<TAB>response length<TAB>body" to
 * OUT/ROLE.uidl, and its response to OUT/ROLE.responses (to read, not replayed). STEP is the page the request belongs
 * to (a Gatling group); the replay checks each answer against the recorded length.
 * Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp <playwright classpath> RecordJourney.java BASE ROLE OUT
 * ROLE is manager (contracts: scroll, sort, drill-down, back, dashboard) or analyst (customers, events).
 */
public class RecordJourney {
    static String step = "login";
    static final Locator.WaitForOptions ATTACHED =
        new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED);

    public static void main(String[] a) throws Exception {
        String base = a[0], role = a[1];
        Path out = Path.of(a[2]);
        Files.createDirectories(out);
        List<String> uidl = new ArrayList<>(), responses = new ArrayList<>();
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            Map<Request, String> stepOf = new java.util.concurrent.ConcurrentHashMap<>();
            page.onRequest(r -> {
                // the UI after the sign-in starts with its init request; the login form's own requests come before
                if (r.url().contains("v-r=init") && step.equals("login-submit")) step = "start-page";
                stepOf.put(r, step);
                if (!r.url().contains("/VAADIN/")) System.out.println(step + " " + r.method() + " " + r.url());
            });
            // the step is the one current when the browser sent the request (Journey.java orders them by clientId)
            page.onRequestFinished(r -> {
                if (!r.url().contains("v-r=uidl") && !r.url().contains("v-r=init")) return;
                String text;
                try { text = r.response() == null ? "" : r.response().text(); } catch (Exception e) { text = e.toString(); }
                String sentIn = stepOf.getOrDefault(r, step);
                responses.add(sentIn + "\t" + r.url() + "\t" + text);
                if (r.url().contains("v-r=uidl")) uidl.add(sentIn + "\t" + text.length() + "\t" + r.postData());
            });
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill(role);
            page.locator("input[name=password]").fill(role);
            step = "login-submit";
            page.locator("input[name=password]").press("Enter");
            page.waitForSelector(".dashboard-view");
            settle(page);
            try {
            if (role.equals("manager")) {
                step = "contracts";
                page.locator("vaadin-side-nav-item[path='contracts']").click();
                page.locator("vaadin-grid vaadin-grid-cell-content").nth(20).waitFor(ATTACHED);
                settle(page);
                step = "contracts-scroll";
                page.locator("vaadin-grid").first().evaluate("g => g.scrollToIndex(300)");
                settle(page);
                // sorting is the filter-like round trip that works on any data set (a typed search may match nothing)
                step = "contracts-sort";
                page.locator("vaadin-grid").first().evaluate("g => g.scrollToIndex(0)");
                page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Title")).first().click();
                settle(page);
                step = "contract-detail";
                page.locator("vaadin-grid").first().evaluate("g => g.activeItem = null");
                clickFirstRow(page);
                page.waitForURL(u -> u.matches(".*/contracts/.+"));
                settle(page);
                step = "contracts-back";
                page.goBack();
                page.waitForURL(u -> u.endsWith("/contracts") || u.contains("/contracts?"));
                settle(page);
                step = "dashboard";
                page.locator("vaadin-side-nav-item").first().click(); // Dashboard, the first entry
                page.waitForSelector(".dashboard-view");
                settle(page);
            } else {
                for (String grid : List.of("customers", "events")) {
                    step = grid;
                    page.locator("vaadin-side-nav-item[path='" + grid + "']").click();
                    page.locator("vaadin-grid vaadin-grid-cell-content").nth(20).waitFor(ATTACHED);
                    settle(page);
                    step = grid + "-scroll";
                    page.locator("vaadin-grid").first().evaluate("g => g.scrollToIndex(300)");
                    settle(page);
                }
                step = "customer-detail";
                page.locator("vaadin-side-nav-item[path='customers']").click();
                page.locator("vaadin-grid vaadin-grid-cell-content").nth(20).waitFor(ATTACHED);
                settle(page);
                clickFirstRow(page);
                page.waitForURL(u -> u.matches(".*/customers/.+"));
                settle(page);
            }
            } finally {
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(role + ".png")));
            }
            // leaving the page sends Vaadin's unload beacon, which lets the server drop the UI at once
            step = "unload";
            page.navigate("about:blank");
            page.waitForTimeout(1500);
            browser.close();
        }
        Files.write(out.resolve(role + ".uidl"), uidl);
        Files.write(out.resolve(role + ".responses"), responses);
    }

    /** Clicks the grid's first data row, below its header (the cell elements are slotted, not clickable as such). */
    static void clickFirstRow(Page page) {
        var box = page.locator("vaadin-grid").first().boundingBox();
        page.mouse().click(box.x + 150, box.y + 56);
    }

    /** Waits until the page has no request in flight (Vaadin's loading indicator gone) and the debounced RPCs are out. */
    static void settle(Page page) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForTimeout(700);
    }
}
