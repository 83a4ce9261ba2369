package io.portalops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.portalops.SsoTestProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * SSO in a real Chromium (ADR 031): the login page's "Sign in with …" button, the provider's own sign-in page, the
 * dashboard as a just-provisioned account, and a sign-out that goes through the provider's end-session endpoint.
 */
@ContextConfiguration(initializers = SsoTestProvider.class)
class SsoJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_user_signs_in_with_the_provider_lands_on_the_dashboard_and_signs_out_at_the_provider() {
        String subject = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#sso-corp").waitFor();
        assertThat(page.locator("#sso-partner").textContent()).contains("Sign in with Partner IdP");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-with-sso.png")));

        page.locator("#sso-corp").click();
        // the provider's own sign-in page: any subject, and the claims it should assert
        page.waitForURL(url -> url.startsWith(SsoTestProvider.issuer("corp")));
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]")
                .fill("{\"name\":\"Jo Journey\",\"preferred_username\":\"" + subject
                        + "\",\"groups\":[\"corp-analysts\"]}");
        page.locator("input[type=submit]").click();

        page.waitForSelector(".dashboard-view");
        assertThat(page.locator(".user-name").textContent()).isEqualTo("Jo Journey");
        assertThat(jdbc.queryForObject("select count(*) from account_link where subject = ?", Integer.class, subject))
                .isEqualTo(1);

        List<String> visited = new CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        page.locator(".user-menu").click();
        page.locator("vaadin-menu-bar-item:has-text('Sign out')").click();
        page.waitForURL(url -> url.endsWith("/login"));
        page.locator("#sso-corp").waitFor();
        assertThat(visited)
                .as("signed out at the provider too (RP-initiated logout)")
                .anySatisfy(url -> assertThat(url).startsWith(SsoTestProvider.issuer("corp") + "/endsession"));
        page.close();
    }
}
