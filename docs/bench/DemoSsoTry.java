// Tries the demo profile's identity provider in a running demo app, as a new user would, and takes screenshots
// (docs/screenshots/issue-19/demo-run-*.png). With the README's run command serving on port 8090:
//   CP=$(ls ~/.m2/repository/com/microsoft/playwright/{playwright,driver,driver-bundle}/1.62.0/*.jar | tr '\n' ':')
//   CP=$CP$(ls ~/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar)
//   java -cp $CP docs/bench/DemoSsoTry.java http://localhost:8090 <out-dir> alice "Dashboard"
//   (then bob "Bob Analyst", and mallory: refused, no PortalOps group)
import com.microsoft.playwright.*;
import com.microsoft.playwright.options.*;
import java.nio.file.*;
import java.util.*;

public class DemoSsoTry {
    public static void main(String[] a) throws Exception {
        String base = a[0]; Path out = Path.of(a[1]);
        try (Playwright pw = Playwright.create()) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu")).setHeadless(true));
            Page p = b.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
            p.setDefaultTimeout(120_000);
            p.navigate(base + "/login");
            p.getByText("Sign in with Demo IdP").waitFor();
            p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("demo-login-with-provider.png")));
            p.getByText("Sign in with Demo IdP").click();
            p.waitForLoadState();
            System.out.println("IdP page: " + p.url());
            p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("demo-idp-page.png")));
            p.locator("#" + a[2]).click();
            p.waitForURL(u -> u.startsWith(base), new Page.WaitForURLOptions().setTimeout(120_000));
            p.waitForLoadState(LoadState.NETWORKIDLE);
            p.getByText(a.length > 3 ? a[3] : "Dashboard").first().waitFor();
            p.waitForTimeout(2000);
            System.out.println("After sign-in: " + p.url() + " title=" + p.title());
            p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("demo-sso-" + a[2] + ".png")));
            b.close();
        }
    }
}
