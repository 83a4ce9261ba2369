package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A service admin in a real Chromium sees only their services, and a foreign service's URL shows "not found". */
class ServiceAdminJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_service_admin_sees_only_their_services_and_opens_one_product() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/services");
        signIn(page, "serviceadmin");
        page.waitForURL(url -> url.matches(".*/services(\\?.*)?$"));

        Locator serviceCells =
                page.locator(".services-view vaadin-grid").first().locator("vaadin-grid-cell-content");
        assertThat(serviceCells
                        .filter(new Locator.FilterOptions().setHasText("Google Workspace"))
                        .first())
                .isVisible();
        List<String> texts =
                serviceCells.allInnerTexts().stream().map(String::strip).toList();
        assertThat(texts).contains("GitHub", "Slack").doesNotContain("Zoom", "Salesforce", "Okta", "Figma");

        serviceCells
                .filter(new Locator.FilterOptions().setHasText("Google Workspace"))
                .first()
                .click();
        page.waitForURL(url -> url.matches(".*/services/\\d+$"));
        Locator gmail = page.locator(".service-panel vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Gmail"))
                .first();
        assertThat(gmail).isVisible();
        gmail.click();
        page.waitForURL(url -> url.matches(".*/services/\\d+/\\d+$"));
        assertThat(page.locator(".product-panel h3")).hasText("Gmail");

        long zoom = jdbc.queryForObject("select id from saas_service where name = 'Zoom'", Long.class);
        page.navigate("http://localhost:" + port + "/services/" + zoom);
        assertThat(page.locator("body"))
                .containsText(
                        "not found",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setIgnoreCase(true));
        assertThat(page.content()).doesNotContain("Zoom Video").doesNotContain("Exception");
        page.close();
    }
}
