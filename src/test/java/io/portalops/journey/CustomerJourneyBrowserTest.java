package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The main journey in a real Chromium: sign in, open Customers, filter, open a customer, see its History.
 * Uses Debian's chromium (never a downloaded browser). Skipped where no Chromium is installed unless
 * PORTALOPS_REQUIRE_BROWSER=true, which .ci/run sets so that CI cannot skip it.
 */
class CustomerJourneyBrowserTest extends BrowserJourney {


    @Test
    void manager_signs_in_filters_customers_and_opens_one() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/customers");

        signIn(page, "manager");

        // Spring Security returns to the saved request with a "?continue" marker.
        page.waitForURL(url -> url.matches(".*/customers(\\?.*)?$"));
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).isVisible();
        Locator firstName = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("CUS-")).first();
        assertThat(firstName).isVisible();

        Locator nameFilter = page.locator("vaadin-text-field[aria-label='Name contains'] input, .filter-row vaadin-text-field input").first();
        nameFilter.fill("a");
        page.waitForTimeout(1200);
        Locator rows = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("CUS-"));
        assertThat(rows.first()).isVisible();
        String reference = rows.first().innerText().strip();

        rows.first().click();
        page.waitForURL(url -> url.matches(".*/customers/\\d+$"));
        assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("External reference")).locator("input"))
                .hasValue(reference);
        assertThat(page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("History"))).isVisible();
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("History")).click();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Created")).first()).isVisible();
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }
}
