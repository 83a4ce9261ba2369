package io.portalops.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.portalops.security.AccountService;
import io.portalops.security.CurrentUserProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps an account whose password an administrator set (or the first admin from the environment) on the
 * change-password view until it has chosen its own.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUserProvider currentUser;

    PasswordChangeGuard(AccountService accounts, CurrentUserProvider currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // the second factor's views come first: the password change follows once the sign-in is complete (ADR 033)
        if (target == ChangePasswordView.class
                || target == LoginView.class
                || target == SignInCodeView.class
                || target == TwoFactorView.class
                || currentUser.find().isEmpty()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
