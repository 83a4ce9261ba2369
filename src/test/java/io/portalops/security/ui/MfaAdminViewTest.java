package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import io.portalops.TestUsers;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.security.MfaPolicyService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.security.TotpEnrolment;
import io.portalops.security.TwoFactorService;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's side in the Accounts screen (ADR 033): the per-role policy dialog and the reset with a reason. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class MfaAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    MfaPolicyService policy;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void followConfiguration() {
        users.run("admin", () -> policy.followConfiguration(Role.SERVICE_ADMIN));
    }

    @Test
    @WithUserDetails("admin")
    void the_policy_dialog_stores_an_override_per_role_and_can_return_to_the_configuration() {
        AccountsView view = navigate(AccountsView.class);
        test(view.mfaPolicy).click();
        MfaPolicyDialog dialog = find(MfaPolicyDialog.class).single();
        assertThat(dialog.boxes.get(Role.SERVICE_ADMIN).getValue())
                .as("the demo requires nothing")
                .isFalse();
        assertThat(dialog.boxes.get(Role.SERVICE_ADMIN).getHelperText()).isEqualTo("Configuration: optional");

        test(dialog.boxes.get(Role.SERVICE_ADMIN)).click();
        test(dialog.save).click();
        assertThat(jdbc.queryForObject(
                        "select required from mfa_role_policy where role = 'SERVICE_ADMIN'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mfa_role_policy where role <> 'SERVICE_ADMIN' and role <> 'PRODUCT_ADMIN'",
                        Integer.class))
                .as("unchanged roles get no override")
                .isZero();

        test(view.mfaPolicy).click();
        MfaPolicyDialog again = find(MfaPolicyDialog.class).single();
        assertThat(again.boxes.get(Role.SERVICE_ADMIN).getHelperText()).contains("overridden here");
        test(again.followConfiguration).click();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mfa_role_policy where role = 'SERVICE_ADMIN'", Integer.class))
                .isZero();
    }

    @Test
    @WithUserDetails("admin")
    void the_reset_dialog_needs_a_reason_and_then_removes_the_second_factor() {
        String username =
                "mfareset" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long id = users.as(
                        "admin",
                        () -> accounts.create(new NewAccount(
                                username, "Rita Reset", null, Set.of(Role.ANALYST), "Correct-Horse-Battery-42")))
                .id();
        users.run(username, () -> {
            TotpEnrolment enrolment = twoFactor.startEnrolment();
            twoFactor.confirmEnrolment(code(enrolment.secret()));
        });
        AccountsView view = navigate(AccountsView.class);
        AccountListItem row = view.grid
                .getGenericDataView()
                .getItems()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
        int index = view.grid.getGenericDataView().getItems().toList().indexOf(row);
        assertThat(test(view.grid).getCellText(index, 6)).isEqualTo("On");

        ResetSecondFactorDialog dialog = new ResetSecondFactorDialog(row, twoFactor, view::refresh);
        com.vaadin.flow.component.UI.getCurrent().add(dialog);
        dialog.open();
        test(dialog.reset).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(countTotp(id)).isEqualTo(1);

        test(dialog.reason).setValue("phone lost");
        test(dialog.reset).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(countTotp(id)).isZero();
        assertThat(test(view.grid).getCellText(index, 6)).isEmpty();
    }

    private int countTotp(long id) {
        return jdbc.queryForObject("select count(*) from account_totp where account_id = ?", Integer.class, id);
    }

    private static String code(String secret) {
        try {
            return new dev.samstevens.totp.code.DefaultCodeGenerator()
                    .generate(secret, Instant.now().getEpochSecond() / 30);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
