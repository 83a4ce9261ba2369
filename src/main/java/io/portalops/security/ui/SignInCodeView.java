package io.portalops.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.portalops.security.CodeCheckResult;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.SignInStep;
import io.portalops.security.TwoFactorService;
import io.portalops.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;

/**
 * The code step of a sign-in (ADR 033): after the password, a code from the authenticator app or a recovery code. Until
 * it is accepted the session reaches nothing else ({@link SecondFactorGateFilter}, {@link SecondFactorGuard}).
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Sign-in code · PortalOps")
@PermitAll
public class SignInCodeView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Code from your authenticator app");
    final Button verify = new Button("Verify");
    final Button switchMode = new Button("Use a recovery code instead");
    final Button signOut = new Button("Sign out");
    private final TwoFactorService twoFactor;
    private final SecondFactorGate gate;
    private final CurrentUserProvider currentUser;
    private boolean recovery;

    SignInCodeView(
            TwoFactorService twoFactor,
            SecondFactorGate gate,
            CurrentUserProvider currentUser,
            AuthenticationContext authenticationContext) {
        this.twoFactor = twoFactor;
        this.gate = gate;
        this.currentUser = currentUser;
        addClassNames("login-view", "sign-in-code-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("PortalOps");
        title.addClassName("login-title");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(32);
        code.setAutofocus(true);
        code.setWidth("18rem");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.setWidth("18rem");
        verify.addClickListener(click -> submit());
        switchMode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchMode.addClickListener(click -> toggleMode());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authenticationContext.logout());
        add(
                title,
                new H2("Two-factor authentication"),
                new Paragraph("Type the six-digit code that your authenticator app shows for PortalOps."),
                code,
                verify,
                switchMode,
                signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // reached only with a pending code (the guard sends every other sign-in elsewhere): a completed one has nothing
        // here
        SignInStep step = SecondFactorGate.vaadinSession()
                .map(s -> gate.pending(s, currentUser.require().accountId()))
                .orElse(SignInStep.NONE);
        if (step == SignInStep.NONE) {
            event.forwardTo("");
        }
    }

    private void toggleMode() {
        recovery = !recovery;
        code.clear();
        code.setInvalid(false);
        code.setLabel(recovery ? "Recovery code" : "Code from your authenticator app");
        switchMode.setText(recovery ? "Use the authenticator app instead" : "Use a recovery code instead");
    }

    private void submit() {
        code.setInvalid(false);
        CodeCheckResult result;
        try {
            result = twoFactor.checkSignInCode(code.getValue(), recovery);
        } catch (InvalidInputException e) {
            showError(e.getMessage());
            return;
        }
        switch (result) {
            case ACCEPTED -> {
                SecondFactorGate.vaadinSession()
                        .ifPresent(s -> gate.satisfied(s, currentUser.require().accountId()));
                // a new page load, so that the session's roles apply again from its first request
                getUI().ifPresent(ui -> ui.getPage()
                        .setLocation(
                                Objects.requireNonNullElse(ui.getInternals().getContextRootRelativePath(), "/")));
            }
            case REFUSED ->
                showError(
                        recovery
                                ? "This recovery code is not correct, or it was used already."
                                : "The code is not correct, or it was used already. Wait for the next code and try again.");
            case WAITING -> showError("Too many failed attempts. Wait a few minutes, then try again.");
        }
    }

    private void showError(String message) {
        code.clear();
        code.setInvalid(true);
        code.setErrorMessage(message);
    }
}
