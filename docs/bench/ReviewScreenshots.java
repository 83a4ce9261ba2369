// Screenshots of issue #23's views in a running demo app (docs/screenshots/issue-23/*.png), 1440 wide. With the
// README's run command serving on port 8091:
//   CP=$(ls ~/.m2/repository/com/microsoft/playwright/{playwright,driver,driver-bundle}/1.62.0/*.jar | tr '\n' ':')
//   CP=$CP$(ls ~/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar)
//   java -cp $CP docs/bench/ReviewScreenshots.java http://localhost:8091 docs/screenshots/issue-23 <usage product id>
import com.microsoft.playwright.*;
import com.microsoft.playwright.options.*;
import java.nio.file.*;
import java.util.*;

public class ReviewScreenshots {
    static Path out;

    public static void main(String[] a) throws Exception {
        String base = a[0];
        out = Path.of(a[1]);
        try (Playwright pw = Playwright.create()) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"))
                    .setHeadless(true));
            Page admin = signIn(b, base, "admin");
            admin.navigate(base + "/access-reviews");
            admin.locator("vaadin-grid a").first().waitFor();
            shot(admin, "reviews-list.png");
            admin.locator("vaadin-grid a").first().click();
            admin.waitForURL(u -> u.matches(".*/access-reviews/\\d+$"));
            String campaign = admin.url();
            admin.locator(".review-summary").waitFor();
            shot(admin, "campaign.png");
            admin.locator(".evidence-menu vaadin-menu-bar-button").first().click();
            admin.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("summary")).click();
            admin.locator("a.export-download").first().waitFor();
            shot(admin, "campaign-evidence-dialog.png");
            admin.keyboard().press("Escape");
            admin.navigate(base + "/usage/products/" + a[2]);
            admin.locator("vaadin-grid").first().waitFor();
            shot(admin, "product-usage.png");
            admin.navigate(base + "/calendar");
            admin.locator(".calendar-view, vaadin-grid, full-calendar").first().waitFor();
            shot(admin, "calendar.png");

            Page reviewer = signIn(b, base, "productadmin");
            reviewer.navigate(campaign);
            reviewer.locator(".review-summary").waitFor();
            shot(reviewer, "reviewer-queue.png");
            b.close();
        }
    }

    static Page signIn(Browser b, String base, String user) {
        Page p = b.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        p.setDefaultTimeout(120_000);
        p.navigate(base + "/login");
        p.locator("input[name=username]").fill(user);
        p.locator("input[name=password]").fill(user);
        p.locator("input[name=password]").press("Enter");
        p.waitForURL(u -> !u.contains("/login"));
        return p;
    }

    static void shot(Page p, String name) {
        // let the grids' lazy rows and the progress bars settle before the picture
        p.waitForLoadState(LoadState.NETWORKIDLE);
        p.waitForTimeout(1500);
        p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name)));
        System.out.println("shot " + name + " at " + p.url());
    }
}
