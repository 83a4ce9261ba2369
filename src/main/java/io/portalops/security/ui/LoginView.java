package io.portalops.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import io.portalops.security.PasswordLoginProperties;
import io.portalops.security.SsoRegistrations;
import io.portalops.shared.demo.DemoSeeding;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · PortalOps")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    private final DemoSeeding seeding;
    private final Paragraph seedingMessage = new Paragraph();
    private String lastUsername = "";

    LoginView(
            Environment environment, SsoRegistrations sso, PasswordLoginProperties passwordLogin, DemoSeeding seeding) {
        this.seeding = seeding;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Sign-in failed");
        // the same text whatever the reason, so the form does not tell an attacker that an account exists or waits
        i18n.getErrorMessage()
                .setMessage("Wrong username or password, or the account is disabled. After repeated "
                        + "failures each further attempt must wait a while: try again in a few minutes.");
        if (!passwordLogin.enabled()) {
            i18n.getErrorMessage()
                    .setMessage("Password sign-in is switched off here: use the sign-in button of your identity "
                            + "provider. Only the break-glass account may still use a password.");
        }
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        H1 title = new H1("PortalOps");
        title.addClassName("login-title");
        add(title, new Paragraph("Customer contracts and SaaS operations"));
        // SSO (docs/security/sso.md): one button per provider; with passwords switched off, the form is kept folded
        // away for the break-glass account only
        add(new SignInProviders(sso.options()));
        if (passwordLogin.enabled()) {
            add(login);
        } else if (passwordLogin.formShown()) {
            Details breakGlass = new Details("Break-glass sign-in with a password", login);
            breakGlass.addClassName("break-glass");
            add(breakGlass);
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Div hint = new Div(new Span("Demo logins (password = username): admin, manager, manager2, approver, "
                    + "approver2, analyst, serviceadmin, productadmin, auditor"));
            hint.addClassName("demo-hint");
            add(hint);
        }
        seedingMessage.addClassName("demo-seeding");
        add(seedingMessage);
        showSeeding();
    }

    /** While the demo data is generated, say so and how far it is, every two seconds until it is done. */
    @Override
    protected void onAttach(AttachEvent event) {
        if (seeding.progress().running()) {
            UI ui = event.getUI();
            ui.setPollInterval(2000);
            Registration[] polling = new Registration[1];
            polling[0] = ui.addPollListener(poll -> {
                if (!showSeeding()) {
                    ui.setPollInterval(-1);
                    polling[0].remove();
                }
            });
        }
    }

    String seedingMessage() {
        return seedingMessage.isVisible() ? seedingMessage.getText() : "";
    }

    private boolean showSeeding() {
        DemoSeeding.Progress progress = seeding.progress();
        seedingMessage.setText(progress.message());
        seedingMessage.setVisible(progress.running());
        return progress.running();
    }

    /** The name typed before the failure (KeepUsernameOnFailure), back in its field; the cursor in the password. */
    private void keepTypedUsername() {
        VaadinSession session = VaadinSession.getCurrent();
        Object typed = session == null ? null : session.getSession().getAttribute(KeepUsernameOnFailure.LAST_USERNAME);
        if (typed instanceof String username) {
            session.getSession().removeAttribute(KeepUsernameOnFailure.LAST_USERNAME);
            lastUsername = username;
            login.getElement()
                    .executeJs(
                            "requestAnimationFrame(() => {"
                                    + " const user = this.querySelector('[name=username]');"
                                    + " const password = this.querySelector('[name=password]');"
                                    + " if (user) { user.value = $0; }"
                                    + " if (password) { password.focus(); } })",
                            username);
        }
    }

    String lastUsername() {
        return lastUsername;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
            keepTypedUsername();
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("sso-error")) {
            Notification.show(
                            "Sign-in through your identity provider did not complete. Try again.",
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
