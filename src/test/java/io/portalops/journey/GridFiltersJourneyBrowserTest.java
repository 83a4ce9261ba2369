package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Contracts filter bar in Chromium (issue #22): labelled fields in one row at 1440 px, chips for the active
 * filters, the shortcuts as the browser filters them (/ not while typing, Esc, Enter on a row), and at 390 px the
 * fields folded behind "Filters (n)".
 */
class GridFiltersJourneyBrowserTest extends BrowserJourney {

    private static final String FILTERS = "/contracts?status=ACTIVE&min=1000&endTo=2035-12-31";

    @Test
    void an_analyst_filters_contracts_with_chips_and_the_keyboard_on_a_laptop() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + FILTERS);
        signIn(page, "analyst");
        page.waitForURL(url -> url.contains("/contracts"));
        page.navigate("http://localhost:" + port + FILTERS);
        Locator chips = page.locator(".filter-chips .filter-chip");
        assertThat(chips).hasCount(3);
        assertThat(page.locator(".filter-toggle")).isHidden();
        double rowHeight = page.locator(".filter-row").boundingBox().height;
        assertThat(rowHeight).as("the main filters fit one row").isLessThan(100);
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contracts-filter-chips.png")));

        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        page.keyboard().press("/");
        Locator search = page.locator("vaadin-text-field.filter-field").first();
        page.waitForFunction("el => el.hasAttribute('focused')", search.elementHandle());
        page.keyboard().type("a/b");
        assertThat(search.locator("input")).hasValue("a/b");
        // the search sends its value lazily: wait until the server has it, as its chip shows
        assertThat(chips).hasCount(4);
        page.keyboard().press("Escape");
        assertThat(search.locator("input")).hasValue("");
        assertThat(chips).hasCount(3);

        chips.filter(new Locator.FilterOptions().setHasText("Value from")).click();
        assertThat(chips).hasCount(2);
        page.waitForFunction("() => !location.search.includes('min=') && location.search.includes('status=ACTIVE')");

        page.locator("vaadin-grid").evaluate("g => g.shadowRoot.querySelector('#items tr:not([hidden]) td').focus()");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/contracts/CT-[0-9-]+$"));
        page.close();
    }

    @Test
    void on_a_phone_the_filters_fold_behind_a_toggle_that_counts_them() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + FILTERS);
        signIn(page, "analyst");
        page.waitForURL(url -> url.contains("/contracts"));
        page.navigate("http://localhost:" + port + FILTERS);
        Locator toggle = page.locator(".filter-toggle");
        assertThat(toggle).isVisible();
        assertThat(toggle).hasText("Filters (3)");
        assertThat(page.locator("vaadin-combo-box.filter-field").first()).isHidden();
        assertThat(page.locator(".filter-chips .filter-chip")).hasCount(3);
        page.waitForTimeout(500);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contracts-filters-narrow.png")));

        toggle.click();
        assertThat(page.locator("vaadin-combo-box.filter-field").first()).isVisible();
        page.waitForTimeout(500);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contracts-filters-drawer.png")));
        page.close();
    }
}
