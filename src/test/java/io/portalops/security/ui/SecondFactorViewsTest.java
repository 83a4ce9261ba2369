package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.TestUsers;
import io.portalops.customer.ui.CustomersView;
import io.portalops.dashboard.ui.DashboardView;
import io.portalops.security.AccountService;
import io.portalops.security.MfaPolicyService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.security.SecondFactorSession;
import io.portalops.security.SignInStep;
import io.portalops.security.TotpEnrolment;
import io.portalops.security.TwoFactorService;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The code step and the forced enrolment without a browser (ADR 033): the navigation guard keeps a sign-in on its step
 * whatever view it asks for, and lets go once the code is accepted or the enrolment confirmed.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class SecondFactorViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Correct-Horse-Battery-42";

    @Autowired
    AccountService accounts;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    MfaPolicyService policy;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    boolean policyChanged;

    /**
     * The test framework's mock request gives every test in the JVM the address 127.0.0.1, which waits after 20 failed
     * sign-ins over all accounts: an address of its own keeps other classes' failures out of what this test judges.
     */
    @BeforeEach
    void ownClientAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void restorePolicy() {
        if (policyChanged) {
            users.run("admin", () -> policy.followConfiguration(Role.PRODUCT_ADMIN));
        }
    }

    @Test
    void a_sign_in_with_totp_stays_on_the_code_step_until_a_correct_code_and_then_navigates_normally() {
        String username = account(Role.ANALYST);
        String secret = users.as(username, () -> {
            TotpEnrolment enrolment = twoFactor.startEnrolment();
            twoFactor.confirmEnrolment(code(enrolment.secret(), 0));
            return enrolment.secret();
        });
        signIn(username);

        for (Class<?> target : new Class<?>[] {DashboardView.class, CustomersView.class, TwoFactorView.class}) {
            UI.getCurrent().navigate(target.asSubclass(com.vaadin.flow.component.Component.class));
            assertThat(getCurrentView())
                    .as("asking for %s", target.getSimpleName())
                    .isInstanceOf(SignInCodeView.class);
        }
        SignInCodeView view = (SignInCodeView) getCurrentView();
        test(view.code).setValue(code(secret, 0));
        test(view.verify).click();
        assertThat(view.code.isInvalid())
                .as("the enrolment's code again: a replay")
                .isTrue();
        assertThat(view.code.getErrorMessage()).contains("used already");
        assertThat(landOn(DashboardView.class)).isInstanceOf(SignInCodeView.class);

        test(view.code).setValue(code(secret, 1));
        test(view.verify).click();
        assertThat(view.code.isInvalid()).isFalse();
        assertThat(state().pending()).isEqualTo(SignInStep.NONE);
        assertThat(landOn(CustomersView.class)).isInstanceOf(CustomersView.class);
        assertThat(landOn(SignInCodeView.class)).as("nothing left to do there").isInstanceOf(DashboardView.class);
    }

    @Test
    void a_required_role_is_sent_to_enrolment_and_after_confirming_sees_its_recovery_codes_and_may_go_on() {
        String username = account(Role.PRODUCT_ADMIN);
        users.run("admin", () -> policy.setRequired(Role.PRODUCT_ADMIN, true));
        policyChanged = true;
        signIn(username);

        UI.getCurrent().navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);
        assertThat(landOn(SignInCodeView.class)).isInstanceOf(TwoFactorView.class);
        TwoFactorView view = (TwoFactorView) getCurrentView();
        test(view.start).click();
        String secret = view.secret.getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        test(view.code).setValue("000000".equals(code(secret, 0)) ? "111111" : "000000");
        test(view.confirm).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(landOn(DashboardView.class)).as("still forced").isInstanceOf(TwoFactorView.class);

        view = (TwoFactorView) getCurrentView();
        test(view.code).setValue(code(secret, 0));
        test(view.confirm).click();
        assertThat(view.recoveryCodes.getText().split("\n")).hasSize(10);
        assertThat(view.done.isVisible()).isTrue();
        assertThat(state().pending()).isEqualTo(SignInStep.NONE);
        assertThat(landOn(DashboardView.class)).isInstanceOf(DashboardView.class);
    }

    /** Where a navigation ends, rerouted or not (the browserless {@code navigate} insists on the asked-for view). */
    private com.vaadin.flow.component.HasElement landOn(Class<? extends com.vaadin.flow.component.Component> target) {
        UI.getCurrent().navigate(target);
        return getCurrentView();
    }

    private SecondFactorSession.State state() {
        return (SecondFactorSession.State)
                VaadinSession.getCurrent().getSession().getAttribute(SecondFactorSession.STATE);
    }

    private String account(Role role) {
        String username = "mfa" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(username, "Mfa " + username, null, Set.of(role), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    /** As the login form leaves it: a session whose sign-in has passed the password only. */
    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession().setAttribute(SecondFactorSession.STATE, null);
    }

    private static String code(String secret, int offset) {
        try {
            return new dev.samstevens.totp.code.DefaultCodeGenerator()
                    .generate(secret, Instant.now().getEpochSecond() / 30 + offset);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
