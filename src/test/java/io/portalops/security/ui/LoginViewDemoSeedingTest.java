package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import io.portalops.security.PasswordLoginProperties;
import io.portalops.security.SsoRegistrations;
import io.portalops.shared.demo.DemoSeeding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** A new visitor of the demo is told that the data is still being generated, and how far it is, instead of empty grids. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class LoginViewDemoSeedingTest extends SpringBrowserlessTest {

    @Autowired
    Environment environment;

    @Autowired
    DemoSeeding seeding;

    @Autowired
    SsoRegistrations sso;

    @Autowired
    PasswordLoginProperties passwordLogin;

    @Test
    void while_demo_data_is_generated_the_login_page_says_so_with_the_share_done() {
        DemoSeeding generating = new DemoSeeding();
        generating.expect("customerDemoData");
        generating.expect("contractDemoData");
        generating.expect("eventDemoData");
        generating.expect("inventoryDemoData");
        generating.finish("customerDemoData");

        LoginView login = new LoginView(environment, sso, passwordLogin, generating);
        assertThat(login.seedingMessage()).startsWith("Demo data is being generated, 25 %");
        assertThat(login.getChildren()
                        .filter(c -> c instanceof Paragraph p && p.hasClassName("demo-seeding") && p.isVisible()))
                .hasSize(1);

        generating.finish("contractDemoData");
        generating.finish("eventDemoData");
        generating.finish("inventoryDemoData");
        assertThat(new LoginView(environment, sso, passwordLogin, generating).seedingMessage())
                .as("done: no message")
                .isEmpty();
    }

    @Test
    void the_demo_runners_of_every_module_are_tracked_and_once_started_the_login_page_shows_no_progress() {
        assertThat(seeding.runners())
                .contains(
                        "customerDemoData",
                        "contractDemoData",
                        "eventDemoData",
                        "inventoryDemoData",
                        "paymentDemoData",
                        "workflowDemoData");
        assertThat(seeding.progress()).isEqualTo(new DemoSeeding.Progress(false, 100));
        assertThat(navigate(LoginView.class).seedingMessage()).isEmpty();
    }
}
