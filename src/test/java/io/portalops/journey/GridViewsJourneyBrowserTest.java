package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contracts grid in a real Chromium with its saved views menu and its column chooser open (issue #22): both are
 * in the one toolbar row above the grid, and the columns can be dragged (the grid allows reordering).
 */
class GridViewsJourneyBrowserTest extends BrowserJourney {

    @Test
    void the_contracts_grid_shows_its_views_menu_and_column_chooser_above_the_grid() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/contracts?status=ACTIVE");
        signIn(page, "analyst");
        page.waitForURL(url -> url.contains("/contracts"));
        page.locator(".contracts-view vaadin-grid-cell-content").first().waitFor();
        // a property of the grid element, not an attribute
        org.assertj.core.api.Assertions.assertThat(
                        page.locator(".contracts-view vaadin-grid").evaluate("grid => grid.columnReorderingAllowed"))
                .isEqualTo(true);

        page.locator(".saved-views-menu vaadin-menu-bar-button").first().click();
        Locator save = page.locator("vaadin-menu-bar-item:has-text('Save view')");
        assertThat(save).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contracts-views-menu.png")));
        page.keyboard().press("Escape");

        page.locator(".column-chooser-button").click();
        Locator chooser = page.locator(".column-chooser");
        assertThat(chooser).isVisible();
        assertThat(chooser).containsText("Freeze first column");
        assertThat(chooser).containsText("Owner");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contracts-columns.png")));
        page.close();
    }
}
