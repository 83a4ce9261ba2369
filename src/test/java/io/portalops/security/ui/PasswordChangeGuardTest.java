package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.portalops.customer.ui.CustomerDetailView;
import io.portalops.customer.ui.CustomersView;
import io.portalops.dashboard.ui.DashboardView;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.ui.NotFoundView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * An account whose password an administrator set is kept on {@link ChangePasswordView} until it chose its own.
 * The account is created per test, so the test signs in by hand (the UI starts anonymous on the login view).
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class PasswordChangeGuardTest extends SpringBrowserlessTest {

    static final String INITIAL_PASSWORD = "Temporary-Secret-2026";
    static final String OWN_PASSWORD = "My-Own-Choice-7319";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_account_that_must_change_its_password_is_rerouted_until_it_did_and_then_navigates_normally() {
        String username = forcedAccount();
        signIn(username);

        for (Class<? extends Component> target :
                List.of(DashboardView.class, CustomersView.class, AccountsView.class)) {
            UI.getCurrent().navigate(target);
            assertThat(getCurrentView())
                    .as("navigating to %s", target.getSimpleName())
                    .isInstanceOf(ChangePasswordView.class);
            assertThat(find(target).exists()).isFalse();
        }
        UI.getCurrent()
                .navigate(
                        CustomerDetailView.class,
                        jdbc.queryForObject("select min(id) from customer", Long.class)
                                .toString());
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        ChangePasswordView view = currentChangePasswordView();
        test(view.current).setValue(INITIAL_PASSWORD);
        test(view.next).setValue(OWN_PASSWORD);
        test(view.repeat).setValue(OWN_PASSWORD);
        test(view.save).click();

        assertThat(getCurrentView())
                .as("sent to the start page after the change")
                .isInstanceOf(DashboardView.class);
        assertThat(mustChangePassword(username)).isFalse();
        assertThat(passwordEncoder.matches(OWN_PASSWORD, passwordHash(username)))
                .isTrue();
        assertThat(navigate(CustomersView.class)).isInstanceOf(CustomersView.class);
        assertThat(navigate(DashboardView.class)).isInstanceOf(DashboardView.class);
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(getCurrentView())
                .as("the guard lifted, role checks still apply")
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_wrong_current_password_or_a_differing_repeat_keeps_the_account_on_the_change_view() {
        String username = forcedAccount();
        signIn(username);
        UI.getCurrent().navigate(CustomersView.class);
        ChangePasswordView view = currentChangePasswordView();

        test(view.current).setValue("Not-The-Password-1");
        test(view.next).setValue(OWN_PASSWORD);
        test(view.repeat).setValue(OWN_PASSWORD);
        test(view.save).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not correct.");

        test(view.current).setValue(INITIAL_PASSWORD);
        test(view.repeat).setValue(OWN_PASSWORD + "x");
        test(view.save).click();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The passwords differ.");

        assertThat(mustChangePassword(username)).isTrue();
        assertThat(passwordEncoder.matches(INITIAL_PASSWORD, passwordHash(username)))
                .isTrue();
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void an_account_without_the_flag_is_not_rerouted() {
        String username = forcedAccount();
        jdbc.update("update account set must_change_password = false where username = ?", username);
        signIn(username);

        assertThat(navigate(DashboardView.class)).isInstanceOf(DashboardView.class);
        assertThat(navigate(CustomersView.class)).isInstanceOf(CustomersView.class);
    }

    private ChangePasswordView currentChangePasswordView() {
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        return (ChangePasswordView) getCurrentView();
    }

    /** Creates an account manager as an administrator would and sets the flag explicitly. */
    private String forcedAccount() {
        String username = "pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        runAs(
                "admin",
                () -> accounts.create(new NewAccount(
                        username, "Forced Changer", null, Set.of(Role.ACCOUNT_MANAGER), INITIAL_PASSWORD)));
        jdbc.update("update account set must_change_password = true where username = ?", username);
        assertThat(mustChangePassword(username)).isTrue();
        return username;
    }

    private void runAs(String username, Runnable action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(username);
        try {
            action.run();
        } finally {
            TestSecurityContextHolder.setContext(previous);
        }
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
    }

    private boolean mustChangePassword(String username) {
        return jdbc.queryForObject(
                "select must_change_password from account where username = ?", Boolean.class, username);
    }

    private String passwordHash(String username) {
        return jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
    }
}
