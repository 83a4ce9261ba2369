import com.microsoft.playwright.*;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.*;
import java.util.List;

/**
 * The UI half of docs/bench/two-nodes.sh: a headless Chromium signs in through HAProxy, writes which node its sticky
 * cookie pins it to (OUT/ui-node.txt), waits until the script has killed the OTHER node (OUT/killed appears), then
 * goes on working in the same session: opens another view and filters its grid. Screenshots in SHOTS.
 * Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp <playwright classpath> UiThroughBalancer.java BASE OUT SHOTS
 */
public class UiThroughBalancer {
    public static void main(String[] a) throws Exception {
        String base = a[0]; Path out = Path.of(a[1]); Path shots = Path.of(a[2]);
        Files.createDirectories(shots);
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
            Page page = context.newPage();
            page.setDefaultTimeout(120_000);
            page.navigate(base + "/customers");
            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill("admin");
            page.locator("input[name=password]").press("Enter");
            page.waitForURL(u -> u.contains("/customers"));
            page.locator("vaadin-grid").first().waitFor();
            page.waitForTimeout(3000);
            String node = cookie(context, "PORTALOPS_NODE");
            label(page, "Signed in through HAProxy (" + base + "), sticky cookie PORTALOPS_NODE=" + node);
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("1-login-through-balancer.png")));
            Files.writeString(out.resolve("ui-node.txt"), node + "\n");
            System.out.println("UI signed in, pinned to " + node);

            Path killed = out.resolve("killed");
            while (!Files.exists(killed)) Thread.sleep(500);
            String victim = Files.readString(killed).trim();
            long start = System.nanoTime();
            // the same Vaadin session: a new view through the router, then a server round trip in it
            page.navigate(base + "/contracts");
            page.waitForURL(u -> u.contains("/contracts"));
            if (page.url().contains("/login")) throw new IllegalStateException("session lost: sent to the login page");
            page.locator("vaadin-grid").first().waitFor();
            page.waitForTimeout(2000);
            page.navigate(base + "/customers");
            page.waitForURL(u -> u.contains("/customers"));
            if (page.url().contains("/login")) throw new IllegalStateException("session lost: sent to the login page");
            page.locator("vaadin-grid").first().waitFor();
            page.waitForTimeout(2000);
            String after = cookie(context, "PORTALOPS_NODE");
            long ms = (System.nanoTime() - start) / 1_000_000;
            label(page, "After kill -9 of " + victim + ": same session, still on PORTALOPS_NODE=" + after
                + " (contracts, then customers, in " + ms + " ms)");
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("2-survivor-after-kill.png")));
            Files.writeString(out.resolve("ui-after.txt"), after + " " + ms + "\n");
            System.out.println("UI after the kill of " + victim + ": still signed in on " + after + ", two views in " + ms + " ms");
            browser.close();
        }
    }

    static String cookie(BrowserContext context, String name) {
        return context.cookies().stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst().orElse("none");
    }

    /** A caption on the page so the screenshot tells what it shows. */
    static void label(Page page, String text) {
        page.evaluate("t => { let d = document.getElementById('bench-label') || document.body.appendChild(document.createElement('div'));"
            + " d.id = 'bench-label'; d.textContent = t; d.style.cssText = 'position:fixed;bottom:8px;right:8px;z-index:99999;"
            + "background:#1a3d7c;color:#fff;padding:6px 10px;border-radius:6px;font:13px sans-serif'; }", text);
    }
}
