package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portalops.TestUsers;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journey in a real Chromium: sign in, open Customers, filter by name, open a customer, see its History.
 * The customers are the test's own, so that what the filter must show (and leave out) is known exactly.
 */
class CustomerJourneyBrowserTest extends BrowserJourney {

    @Autowired
    CustomerService customers;

    @Autowired
    TestUsers users;

    void customer(String reference, String name) {
        users.as(
                "manager",
                () -> customers.create(new CustomerForm(
                        reference,
                        name,
                        CustomerKind.COMPANY,
                        null,
                        null,
                        null,
                        null,
                        "SE",
                        CustomerSegment.SMB,
                        CustomerStatus.ACTIVE,
                        null,
                        null)));
    }

    @Test
    void manager_signs_in_filters_customers_and_opens_one() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        customer("JRN-" + marker + "-1", "Journey " + marker + " Alpha");
        customer("JRN-" + marker + "-2", "Journey " + marker + " Alpine");
        customer("JRN-" + marker + "-3", "Journey " + marker + " Beta");

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/customers");
        signIn(page, "manager");

        // Spring Security returns to the saved request with a "?continue" marker.
        page.waitForURL(url -> url.matches(".*/customers(\\?.*)?$"));
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).isVisible();

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name"))
                .fill(marker + " Alp");
        awaitGridRows(grid, 2);
        List<List<String>> rows = gridRows(grid);
        assertThat(rows)
                .extracting(row -> row.get(0))
                .as("references, sorted by name")
                .containsExactly("JRN-" + marker + "-1", "JRN-" + marker + "-2");
        assertThat(rows)
                .extracting(row -> row.get(1))
                .containsExactly("Journey " + marker + " Alpha", "Journey " + marker + " Alpine");
        assertThat(page.url()).as("the filter travels in the URL").contains("name=");

        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Journey " + marker + " Alpine"))
                .click();
        page.waitForURL(url -> url.matches(".*/customers/\\d+$"));
        assertThat(page.locator("vaadin-text-field")
                        .filter(new Locator.FilterOptions().setHasText("External reference"))
                        .locator("input"))
                .hasValue("JRN-" + marker + "-2");
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("History"))
                .click();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Created"))
                        .first())
                .isVisible();
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }
}
