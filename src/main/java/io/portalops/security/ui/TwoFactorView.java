package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.SignInStep;
import io.portalops.security.TotpEnrolment;
import io.portalops.security.TwoFactorService;
import io.portalops.security.TwoFactorStatus;
import io.portalops.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Setting up TOTP from the user menu, and the enrolment a role's policy forces right after the password (ADR 033): a QR
 * code and the secret in text, a code to confirm, then the recovery codes, shown once. An enrolled account can replace
 * its recovery codes against a fresh code. Without the main layout, since a forced enrolment may not use anything else.
 */
@Route(value = "account/two-factor", autoLayout = false)
@PageTitle("Two-factor authentication · PortalOps")
@PermitAll
public class TwoFactorView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    final Button start = new Button("Set up an authenticator app");
    final TextField code = new TextField("Code from the app");
    final Button confirm = new Button("Confirm");
    final Button regenerate = new Button("Generate new recovery codes");
    final Button done = new Button("Continue to PortalOps");
    final Div setup = new Div();
    final Pre recoveryCodes = new Pre();
    final Span secret = new Span();
    private final TwoFactorService twoFactor;
    private final SecondFactorGate gate;
    private final CurrentUserProvider currentUser;
    private final boolean forced;

    TwoFactorView(
            TwoFactorService twoFactor,
            SecondFactorGate gate,
            CurrentUserProvider currentUser,
            AuthenticationContext authenticationContext) {
        this.twoFactor = twoFactor;
        this.gate = gate;
        this.currentUser = currentUser;
        addClassNames("narrow-view", "two-factor-view");
        this.forced = SecondFactorGate.vaadinSession()
                        .map(s -> gate.pending(s, currentUser.require().accountId()))
                        .orElse(SignInStep.NONE)
                == SignInStep.ENROL;
        add(new H2("Two-factor authentication"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(32);
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> leave());
        recoveryCodes.addClassName("recovery-codes");
        secret.addClassName("totp-secret");

        TwoFactorStatus status = twoFactor.status();
        if (forced) {
            add(new Paragraph(
                    "Your role requires a second factor. Set up an authenticator app (for example FreeOTP, Aegis, "
                            + "Google or Microsoft Authenticator) before you continue."));
        }
        if (status.enrolled()) {
            showEnrolled(status);
        } else {
            showStart();
        }
        Button signOut = new Button(forced ? "Sign out" : "Back to PortalOps", click -> {
            if (forced) {
                authenticationContext.logout();
            } else {
                leave();
            }
        });
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(signOut);
    }

    private void showStart() {
        add(new Paragraph(
                "After your password, PortalOps will also ask for a six-digit code from an app on your phone."));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            TotpEnrolment enrolment = twoFactor.startEnrolment();
            Image qr = new Image(enrolment.qrDataUri(), "QR code to scan with the authenticator app");
            qr.addClassName("totp-qr");
            secret.setText(grouped(enrolment.secret()));
            setup.removeAll();
            setup.add(
                    new Paragraph("1. Scan this QR code with the app, or type the key below into it."),
                    qr,
                    new Paragraph(new Span("Key: "), secret),
                    new Paragraph("2. Type the code the app shows to confirm."),
                    code,
                    confirm);
            start.setVisible(false);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                List<String> codes = twoFactor.confirmEnrolment(code.getValue());
                if (forced) {
                    SecondFactorGate.vaadinSession()
                            .ifPresent(
                                    s -> gate.satisfied(s, currentUser.require().accountId()));
                }
                setup.removeAll();
                showCodes(codes, "Two-factor authentication is on.");
            } catch (InvalidInputException e) {
                showError(e.getMessage());
            }
        });
        add(start, setup);
    }

    private void showEnrolled(TwoFactorStatus status) {
        add(new Paragraph("An authenticator app is set up"
                + (status.enrolledAt() == null ? "" : " since " + WHEN.format(status.enrolledAt()))
                + ". Recovery codes left: " + status.recoveryCodesLeft() + " of 10."));
        add(new Paragraph(
                "New recovery codes replace all the old ones. Type a current code from the app to get them."));
        regenerate.addClickListener(click -> {
            try {
                List<String> codes = twoFactor.regenerateRecoveryCodes(code.getValue());
                setup.removeAll();
                showCodes(codes, "New recovery codes; the old ones no longer work.");
            } catch (InvalidInputException e) {
                showError(e.getMessage());
            }
        });
        setup.add(code, regenerate);
        add(setup);
    }

    private void showCodes(List<String> codes, String headline) {
        code.setVisible(false);
        confirm.setVisible(false);
        regenerate.setVisible(false);
        recoveryCodes.setText(String.join("\n", codes));
        setup.add(
                new Paragraph(headline),
                new Paragraph("Save these recovery codes somewhere safe, now: each signs you in "
                        + "once if you lose your phone, and they are not shown again."),
                recoveryCodes,
                done);
    }

    private void showError(String message) {
        code.clear();
        code.setInvalid(true);
        code.setErrorMessage(message);
    }

    private void leave() {
        // a new page load: a sign-in that has just enrolled gets its roles back from its next request
        getUI().ifPresent(ui -> ui.getPage()
                .setLocation(Objects.requireNonNullElse(ui.getInternals().getContextRootRelativePath(), "/")));
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
