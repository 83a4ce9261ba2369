package io.portalops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.portalops.dashboard.DashboardRefreshJob;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Content-Security-Policy (docs/security/headers.md) in a real Chromium: signing in, the dashboard's ECharts charts,
 * a grid and the live push all work under it, and the browser reports no violation, neither in the console nor as a
 * securitypolicyviolation event.
 */
class ContentSecurityPolicyBrowserTest extends BrowserJourney {

    private static final String RECORD_VIOLATIONS =
            "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                    + "e => window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI));";

    @Autowired
    DashboardRefreshJob refresh;

    @Autowired
    Clock clock;

    @Test
    void signing_in_the_dashboard_charts_and_a_grid_run_under_the_policy_without_a_single_violation() {
        refresh.execute(clock);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(60_000);
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        page.addInitScript(RECORD_VIOLATIONS);

        Response loginPage = page.navigate("http://localhost:" + port + "/");
        assertThat(loginPage.headerValue("content-security-policy"))
                .as("the policy under test is sent")
                .contains("script-src")
                .contains("frame-ancestors 'none'");
        page.waitForSelector("input[name=username]");
        assertThat(violations(page)).isEmpty();

        signIn(page, "analyst");
        page.waitForSelector(".dashboard-view");
        page.locator("portalops-chart[rendered]").first().waitFor();
        assertThat(page.locator("portalops-chart[aria-label='Contracts by status'] svg path")
                        .count())
                .isGreaterThan(5);
        assertThat(violations(page)).as("dashboard").isEmpty();

        Response grid = page.navigate("http://localhost:" + port + "/contracts");
        assertThat(grid.headerValue("content-security-policy")).contains("script-src");
        page.locator("vaadin-grid").first().waitFor();
        page.waitForFunction("() => document.querySelector('vaadin-grid')?.items?.length > 0 "
                + "|| document.querySelectorAll('vaadin-grid-cell-content').length > 10");
        page.waitForTimeout(1_000);
        assertThat(violations(page)).as("grid").isEmpty();

        assertThat(console)
                .as("console")
                .noneMatch(
                        line -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy"));
        page.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.__csp || []");
    }
}
