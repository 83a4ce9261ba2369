package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.contract.ContractType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval journey in a real Chromium: a manager's contract waits; the approver signs in, opens Contracts →
 * My approvals, opens the contract and approves it in the dialog. Same browser setup as {@link CustomerJourneyBrowserTest}.
 */
class ApprovalJourneyBrowserTest extends BrowserJourney {

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approver_signs_in_finds_the_contract_in_my_approvals_and_approves_it() {
        long customerId = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id "
                        + "where a.username = 'manager'",
                Long.class);
        String title = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        ContractDetails pending = users.as("manager", () -> {
            long id = contracts
                    .create(new ContractForm(
                            customerId,
                            title,
                            ContractType.SUPPORT,
                            new BigDecimal("18000"),
                            "EUR",
                            LocalDate.now().plusDays(5),
                            LocalDate.now().plusYears(2),
                            false,
                            30,
                            null))
                    .id();
            return actions.submit(id);
        });

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/contracts");
        signIn(page, "approver");
        page.waitForURL(url -> url.matches(".*/contracts(\\?.*)?$"));

        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new Locator.FilterOptions().setHasText("Contracts"))
                        .locator(".nav-badge"))
                .isVisible();
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("My approvals"))
                .click();
        page.locator(".contracts-view .filter-row vaadin-text-field input")
                .first()
                .fill(pending.number());
        Locator row = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(pending.number()));
        assertThat(row.first()).isVisible();
        row.first().click();

        page.waitForURL(url -> url.endsWith("/contracts/" + pending.number()));
        assertThat(page.locator(".contract-detail h2")).containsText(title);
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Approve"))
                .first()
                .click();
        Locator dialog = page.locator("vaadin-dialog.reason-dialog");
        assertThat(dialog.locator("vaadin-text-area textarea")).isVisible();
        dialog.locator("vaadin-text-area textarea").fill("Looks good");
        dialog.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Approve"))
                .click();

        assertThat(page.locator(".contract-detail .contract-status")).hasText("Approved");
        assertThat(page.locator("vaadin-button:not([hidden])")
                        .filter(new Locator.FilterOptions().setHasText("Approve")))
                .hasCount(0);
        assertThat(users.as("manager", () -> contracts.get(pending.id())).status())
                .isEqualTo(ContractStatus.APPROVED);
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }
}
