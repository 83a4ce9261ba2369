import com.microsoft.playwright.*;
import java.nio.file.*;
import java.util.*;

/**
 * P4 of docs/bench/run-all.sh: opens N signed-in UIs (one browser context each, as manager: a contract drill-down
 * and then the dashboard, the start page), writes OUT/open when all are open, and keeps them open until OUT/done
 * appears, so the script can take the server's heap histogram with N UIs alive.
 * Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp <playwright classpath> UiSessions.java BASE N OUT
 */
public class UiSessions {
    public static void main(String[] a) throws Exception {
        String base = a[0]; int n = Integer.parseInt(a[1]); Path out = Path.of(a[2]);
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu")));
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                page.setDefaultTimeout(120_000);
                page.navigate(base + "/contracts");
                page.locator("input[name=username]").fill("manager");
                page.locator("input[name=password]").fill("manager");
                page.locator("input[name=password]").press("Enter");
                page.waitForURL(u -> u.contains("/contracts"));
                page.locator("vaadin-grid").first().waitFor();
                page.navigate(base + "/");
                page.waitForSelector(".dashboard-view");
                open.add(context);
            }
            Files.writeString(out.resolve("open"), n + "\n");
            while (!Files.exists(out.resolve("done"))) Thread.sleep(500);
            browser.close();
        }
    }
}
