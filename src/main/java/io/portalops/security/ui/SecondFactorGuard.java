package io.portalops.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.portalops.security.SignInStep;
import io.portalops.shared.security.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Vaadin navigates inside the page, over requests the filter must let through: this keeps a sign-in that still needs
 * its code on {@link SignInCodeView}, and one that must enrol on {@link TwoFactorView}, whatever view it asks for
 * (ADR 033). The login view stays reachable, to sign in as someone else.
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    private final SecondFactorGate gate;

    SecondFactorGuard(SecondFactorGate gate) {
        this.gate = gate;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (target == LoginView.class
                || authentication == null
                || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        SignInStep step = SecondFactorGate.vaadinSession()
                .map(session -> gate.pending(session, principal.getAccountId()))
                .orElse(SignInStep.NONE);
        if (step == SignInStep.CODE && target != SignInCodeView.class) {
            event.rerouteTo(SignInCodeView.class);
        } else if (step == SignInStep.ENROL && target != TwoFactorView.class) {
            event.rerouteTo(TwoFactorView.class);
        }
    }
}
