package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.portalops.dashboard.DashboardRefreshJob;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in a real Chromium: ECharts draws the charts as SVG with data, they follow the light/dark switch,
 * and clicking a slice or a tile opens the filtered grid.
 */
class DashboardJourneyBrowserTest extends BrowserJourney {

    @Autowired
    DashboardRefreshJob refresh;
    @Autowired
    Clock clock;

    @Test
    void an_analyst_sees_charts_drawn_with_data_switches_them_to_dark_and_drills_down_from_a_slice() {
        refresh.execute(clock);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/");
        signIn(page, "analyst");
        page.waitForSelector(".dashboard-view");

        Locator charts = page.locator("portalops-chart[rendered]");
        charts.first().waitFor();
        assertThat(page.locator("portalops-chart")).hasCount(4);
        Locator donut = page.locator("portalops-chart[aria-label='Contracts by status']");
        assertThat(donut.locator("svg")).isVisible();
        assertThat(donut.locator("svg path").count()).as("slices drawn").isGreaterThan(5);
        assertThat(donut.locator("svg text").allTextContents()).anySatisfy(label -> assertThat(label).contains("Active"));
        Locator events = page.locator("portalops-chart[aria-label='Events per day by type (last 30 days)']");
        assertThat(events.locator("svg text").allTextContents()).contains("login");

        String lightText = labelColour(donut);
        page.locator("[aria-label='Switch light or dark theme']").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        page.locator("portalops-chart[aria-label='Contracts by status'][dark][rendered]").waitFor();
        assertThat(labelColour(donut)).as("dark theme text").isNotEqualTo(lightText);
        page.locator("[aria-label='Switch light or dark theme']").click();
        page.locator("portalops-chart[aria-label='Contracts by status']:not([dark])[rendered]").waitFor();
        assertThat(labelColour(donut)).isEqualTo(lightText);

        // The largest slice (active contracts, over half of them) covers three o'clock on the ring.
        BoundingBox box = donut.boundingBox();
        double radius = Math.min(box.width, box.height) / 2;
        page.mouse().click(box.x + box.width / 2 + radius * 0.58, box.y + box.height / 2);
        page.waitForURL(url -> url.contains("/contracts?status="));
        assertThat(page.url()).endsWith("/contracts?status=ACTIVE");
        assertThat(page.locator(".contracts-view vaadin-grid, vaadin-grid").first()).isVisible();

        page.goBack();
        page.waitForSelector(".dashboard-view");
        page.locator("a.kpi-tile[aria-label^='Flagged contracts:']").click();
        page.waitForURL(url -> url.endsWith("/contracts?flagged=true"));
        page.close();
    }

    private static String labelColour(Locator chart) {
        return (String) chart.locator("svg text").first().evaluate("t => t.getAttribute('fill') || getComputedStyle(t).fill");
    }
}
