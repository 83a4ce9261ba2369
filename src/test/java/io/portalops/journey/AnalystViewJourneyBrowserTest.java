package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.portalops.TestUsers;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The acceptance journey of issue #22 in Chromium: an analyst builds a view of the contracts grid (a search, a status
 * and a hidden column), saves it shared with the ANALYST role; a second analyst opens it from the views menu, finds
 * the same filters and columns, and flags every row of it in one bulk action. ANALYST may flag contracts (DESIGN.md
 * roles; ContractBulk offers flag to it), so the second account holds that role only and the flag truly runs.
 */
class AnalystViewJourneyBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "a-Long-enough-pass-22";

    @Autowired
    AccountService accounts;

    @Autowired
    ContractService contracts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_analyst_shares_a_view_and_another_analyst_opens_it_and_flags_its_rows() {
        String token = "av" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String builder = analyst(token + "a", "Ada Builder");
        String reader = analyst(token + "b", "Ben Reader");
        List<Long> ids = drafts(token, 3);
        String viewName = "Drafts " + token;

        Page ada = page(builder);
        Locator grid = ada.locator(".contracts-view vaadin-grid");
        ada.locator("vaadin-text-field.filter-field:has(label:text-is('Search')) input")
                .fill(token);
        ada.locator("vaadin-text-field.filter-field:has(label:text-is('Search')) input")
                .press("Tab");
        awaitGridRows(grid, 3);
        ada.locator("vaadin-combo-box.filter-field:has(label:text-is('Status')) input")
                .fill("Draft");
        ada.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Draft"))
                .first()
                .click();
        assertThat(ada.locator(".filter-chips .filter-chip")).hasCount(2);
        assertThat(ada.locator(".grid-row-count")).hasText("3 contracts");
        long columns = visibleColumns(grid);
        ada.locator(".column-chooser-button").click();
        // on its label, as a user does: the checkbox stretches across the chooser, and its empty middle does not toggle
        ada.locator(".column-chooser vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Owner"))
                .locator("label")
                .click();
        ada.waitForFunction(
                "([g, n]) => [...g.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden).length === n",
                List.of(grid.elementHandle(), (int) (columns - 1)));
        ada.keyboard().press("Escape");

        ada.locator(".saved-views-menu vaadin-menu-bar-button").first().click();
        ada.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("Save view"))
                .click();
        Locator save = ada.locator("vaadin-dialog.save-view-dialog");
        save.locator("vaadin-text-field input").fill(viewName);
        save.locator("vaadin-select").click();
        ada.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Everyone with the role Analyst"))
                .click();
        save.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Save view"))
                .click();
        assertThat(ada.locator(".saved-views-menu")).containsText("View: " + viewName);
        ada.waitForURL(url -> url.contains("view="));
        ada.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/analyst-view-saved.png")));
        ada.close();

        Page ben = page(reader);
        Locator bensGrid = ben.locator(".contracts-view vaadin-grid");
        ben.locator(".saved-views-menu vaadin-menu-bar-button").first().click();
        ben.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText(viewName))
                .click();
        assertThat(ben.locator(".saved-views-menu")).containsText("View: " + viewName);
        assertThat(ben.locator("vaadin-text-field.filter-field:has(label:text-is('Search')) input"))
                .hasValue(token);
        assertThat(ben.locator(".filter-chips .filter-chip")).hasCount(2);
        assertThat(ben.locator(".filter-chips")).containsText("Draft");
        awaitGridRows(bensGrid, 3);
        assertThat(ben.locator(".grid-row-count")).hasText("3 contracts");
        assertThat(visibleColumns(bensGrid)).isEqualTo(columns - 1);
        ben.locator(".column-chooser-button").click();
        assertThat(ben.locator(".column-chooser vaadin-checkbox")
                        .filter(new Locator.FilterOptions().setHasText("Owner")))
                .not()
                .hasAttribute("checked", "");
        ben.keyboard().press("Escape");
        ben.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/analyst-view-shared.png")));

        Locator selectAll =
                ben.locator(".bulk-menu vaadin-button").filter(new Locator.FilterOptions().setHasText("Select all"));
        assertThat(selectAll).hasText("Select all matching (3)");
        selectAll.click();
        assertThat(ben.locator(".bulk-selection")).hasText("All 3 matching selected");
        ben.locator(".bulk-menu vaadin-menu-bar-button:not([slot=overflow])").click();
        ben.locator("vaadin-menu-bar-item:text-is('Flag')").click();
        Locator dialog = ben.locator("vaadin-dialog.bulk-dialog");
        assertThat(dialog).containsText("This applies to 3 contracts");
        dialog.locator("vaadin-text-area textarea").fill("Check the renewal terms");
        dialog.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Flag 3 contracts"))
                .click();
        Locator result = ben.locator("vaadin-dialog.bulk-result-dialog");
        assertThat(result).isAttached();
        assertThat(ben.getByText("Flag: 3 done")).isVisible();
        ben.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/analyst-view-bulk-flag.png")));
        ben.close();

        for (long id : ids) {
            assertThat(jdbc.queryForObject("select flagged from contract where id = ?", Boolean.class, id))
                    .as("contract %d flagged", id)
                    .isTrue();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_flag f join account a on a.id = f.raised_by "
                                + "where a.username = ? and f.contract_id = any(?)",
                        Long.class,
                        reader,
                        ids.toArray(Long[]::new)))
                .as("flagged by the second analyst")
                .isEqualTo(3L);
    }

    private Page page(String username) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/contracts");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> url.contains("/contracts"));
        page.locator(".contracts-view vaadin-grid").waitFor();
        return page;
    }

    private String analyst(String username, String name) {
        users.run("admin", () -> accounts.create(new NewAccount(username, name, null, Set.of(Role.ANALYST), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    private List<Long> drafts(String token, int n) {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ContractForm form = new ContractForm(
                    customer,
                    "Analyst view " + token + " " + i,
                    ContractType.SERVICES,
                    new BigDecimal("700"),
                    "EUR",
                    LocalDate.now().plusDays(5),
                    LocalDate.now().plusYears(1),
                    false,
                    30,
                    null);
            ids.add(users.as("manager", () -> contracts.create(form)).id());
        }
        return ids;
    }

    private static long visibleColumns(Locator grid) {
        return ((Number) grid.evaluate(
                        "g => [...g.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden).length"))
                .longValue();
    }
}
