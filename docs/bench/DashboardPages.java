import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

/**
 * Loads the start page (the dashboard) in headless Chromium for each role, {@code runs} times, so the app's DEBUG log
 * records the server-side build time of each ("Dashboard built in N ms"); docs/bench/dashboard.sh reads the log.
 * Run with the test classpath: java -cp "$(cat cp.txt)" docs/bench/DashboardPages.java http://localhost:8091 10
 */
public class DashboardPages {

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8091";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu")));
            for (String user : List.of("admin", "analyst", "manager", "approver", "serviceadmin", "productadmin")) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                page.navigate(base + "/login");
                page.locator("input[name=username]").fill(user);
                page.locator("input[name=password]").fill(user);
                page.locator("input[name=password]").press("Enter");
                page.waitForSelector(".dashboard-view");
                for (int i = 0; i < runs; i++) {
                    page.reload();
                    page.waitForSelector(".dashboard-view");
                }
                System.out.println(user + ": " + (runs + 1) + " loads");
                context.close();
            }
            browser.close();
        }
    }
}
