package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import io.portalops.workflow.WorkflowFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Onboarding in a real Chromium: a person starts soon, so the product's admin finds the task under the bell, follows
 * it to the run, completes it with evidence, and the person holds the access.
 */
class OnboardingJourneyBrowserTest extends BrowserJourney {

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Test
    void a_product_admin_follows_the_new_task_from_the_bell_and_completes_it_which_grants_the_access() {
        long service = fx.service();
        long product = fx.product(service, LicenceModel.PER_SEAT, 10);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, product);
        String department = WorkflowFixtures.department();
        fx.profile(department, null, product);
        long person = fx.person(
                        "Journey Jane",
                        department,
                        null,
                        EmploymentStatus.PENDING_START,
                        LocalDate.now().plusDays(14),
                        null)
                .id();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/tasks");
        page.locator("input[name=username]").fill(productAdmin);
        page.locator("input[name=password]").fill(DirectoryFixtures.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> url.matches(".*/tasks(\\?.*)?$"));

        Locator badge = page.locator(".notification-bell .bell-badge");
        assertThat(badge).isVisible();
        assertThat(badge).hasText("1");
        page.locator(".notification-bell vaadin-button").first().click();
        Locator notification =
                page.locator(".bell-row .bell-title").filter(new Locator.FilterOptions().setHasText("Journey Jane"));
        assertThat(notification).hasText(java.util.regex.Pattern.compile("New task: Grant .* to Journey Jane"));
        notification.click();
        page.waitForURL(url -> url.matches(".*/tasks/runs/\\d+$"));
        assertThat(page.locator(".run-view h2")).containsText("Onboarding of Journey Jane");

        // a task's actions sit in its row's menu
        page.locator(".run-view .task-actions vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("Complete"))
                .first()
                .click();
        Locator dialog = page.locator("vaadin-dialog");
        dialog.locator("vaadin-text-area textarea").fill("Invited in the vendor console, ticket IT-4711");
        dialog.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Complete"))
                .click();
        assertThat(page.locator(".run-view vaadin-grid")).containsText("Done");
        assertThat(page.locator(".run-view")).containsText("1 of 1 tasks closed");

        assertThat(fx.grantsOf(person)).singleElement().satisfies(grant -> {
            assertThat(grant.productId()).isEqualTo(product);
            assertThat(grant.status()).isEqualTo(GrantStatus.ACTIVE);
        });
        assertThat(page.locator(".notification-bell .bell-badge")).isHidden();
        page.close();
    }
}
