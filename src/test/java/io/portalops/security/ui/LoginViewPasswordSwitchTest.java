package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.login.LoginForm;
import io.portalops.security.PasswordLoginProperties;
import io.portalops.security.SsoRegistrations;
import io.portalops.shared.demo.DemoSeeding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The login page under {@code portalops.security.password-login.*} (docs/security/sso.md): the view is built with each
 * setting in the shared context, rather than a context per setting. The refusals themselves are tested over HTTP in
 * {@code security/api/PasswordLoginOffApiTest}.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class LoginViewPasswordSwitchTest extends SpringBrowserlessTest {

    @Autowired
    Environment environment;

    @Autowired
    DemoSeeding seeding;

    @Autowired
    SsoRegistrations sso;

    @Test
    void with_passwords_switched_off_the_form_is_folded_away_for_the_break_glass_account_or_absent_without_one() {
        LoginView ssoOnly =
                new LoginView(environment, sso, new PasswordLoginProperties(false, "breakglass-admin"), seeding);
        assertThat(ssoOnly.getChildren().filter(LoginForm.class::isInstance))
                .as("no password form on the page itself")
                .isEmpty();
        Details folded = ssoOnly.getChildren()
                .filter(Details.class::isInstance)
                .map(Details.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(folded.getSummaryText()).isEqualTo("Break-glass sign-in with a password");
        assertThat(folded.isOpened()).isFalse();
        LoginForm form = folded.getContent()
                .filter(LoginForm.class::isInstance)
                .map(LoginForm.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .as("a refused password says why")
                .contains("Password sign-in is switched off here");

        LoginView noBreakGlass = new LoginView(environment, sso, new PasswordLoginProperties(false, null), seeding);
        assertThat(noBreakGlass.getChildren().filter(c -> c instanceof LoginForm || c instanceof Details))
                .as("no password form at all")
                .isEmpty();
        assertThat(new LoginView(environment, sso, new PasswordLoginProperties(true, null), seeding)
                        .getChildren()
                        .filter(LoginForm.class::isInstance))
                .as("the default: the form on the page")
                .hasSize(1);
    }
}
