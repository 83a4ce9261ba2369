package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.portalops.event.EventFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event log in a real Chromium: a filtered link opens the grid, live tail pushes an event that a producer
 * reports meanwhile into the page without a reload (Vaadin Push over the real transport), and the detail panel
 * shows its payload.
 */
class EventLogJourneyBrowserTest extends BrowserJourney {

    @Autowired
    EventFixtures fixtures;

    @Test
    void an_analyst_tails_the_log_live_sees_a_new_event_arrive_without_reload_and_opens_its_payload() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager");
        fixtures.ingest(source, "login", ref, Instant.now().minusSeconds(600));
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/events?source=" + source);
        signIn(page, "analyst");
        page.waitForURL(url -> url.contains("/events?source=" + source));
        Locator cells = page.locator(".event-log-view vaadin-grid-cell-content");
        Locator login = cells.filter(new Locator.FilterOptions().setHasText("login"));
        login.first().waitFor();
        assertThat(login).hasCount(1);

        page.evaluate("() => window.sameDocument = true");
        page.locator("vaadin-checkbox:has-text('Live tail')").click();
        page.locator("vaadin-checkbox[checked]:has-text('Live tail')").waitFor();
        assertThat(page.locator(".live-indicator")).hasText("Live · 0 new");
        fixtures.ingest(source, "payment.missed", ref, Instant.now().minusSeconds(5));
        Locator missed = cells.filter(new Locator.FilterOptions().setHasText("payment.missed"));
        assertThat(missed).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(page.locator(".live-indicator")).hasText("Live · 1 new");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.sameDocument === true"))
                .as("the row came without a reload")
                .isEqualTo(true);

        missed.click();
        Locator detail = page.locator(".event-detail");
        assertThat(detail).isVisible();
        assertThat(detail).containsText("payment.missed");
        assertThat(detail).containsText("\"currency\" : \"EUR\"");
        page.close();
    }
}
