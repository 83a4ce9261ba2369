package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TOTP in a real Chromium (ADR 033): a user sets up an authenticator from the user menu, signs out, and signs in again
 * with password and code. The test reads the secret off the page and computes the codes, as an authenticator app does.
 */
class TwoFactorJourneyBrowserTest extends BrowserJourney {

    static final String PASSWORD = "Correct-Horse-Battery-42";

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_user_enrols_from_the_user_menu_and_then_signs_in_with_password_and_code() {
        String username =
                "journey" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(username, "Jo Journey", null, Set.of(Role.ANALYST), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", username);

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/");
        signInWithPassword(page, username);
        page.locator(".user-menu").click();
        page.locator("vaadin-menu-bar-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Two-factor authentication"))
                .click();
        page.waitForURL(url -> url.endsWith("/account/two-factor"));

        page.locator("vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Set up an authenticator app"))
                .click();
        assertThat(page.locator("img.totp-qr")).isVisible();
        String secret = page.locator(".totp-secret").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mfa-enrolment.png")));
        page.locator("vaadin-text-field input").fill(code(secret, 0));
        page.locator("vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Confirm"))
                .click();
        assertThat(page.locator(".recovery-codes")).isVisible();
        assertThat(page.locator(".recovery-codes").innerText().strip().split("\n"))
                .hasSize(10);
        page.locator("vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Continue to PortalOps"))
                .click();
        page.waitForURL(url -> !url.contains("two-factor"));

        page.locator(".user-menu").click();
        page.locator("vaadin-menu-bar-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sign out"))
                .click();
        page.waitForURL(url -> url.contains("/login"));
        signInWithPassword(page, username);
        page.waitForURL(url -> url.contains("/login/code"));
        assertThat(page.locator("vaadin-text-field input")).isVisible();
        // the theme arrives after the first paint: wait for it so that the screenshot shows the page as users see it
        page.waitForFunction(
                "() => customElements.get('vaadin-button') !== undefined && document.fonts.status === 'loaded'");
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mfa-code-step.png")));

        // the enrolment used the current step: the next one is within the allowed drift
        page.locator("vaadin-text-field input").fill(code(secret, 1));
        page.locator("vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Verify"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator(".user-menu")).isVisible();
        assertThat(page.content()).doesNotContain("Exception");
        page.close();
    }

    private static void signInWithPassword(Page page, String username) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
    }

    private static String code(String secret, int offset) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + offset);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
