package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import io.portalops.security.AccountListItem;
import io.portalops.security.Role;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class AccountsViewTest extends SpringBrowserlessTest {

    static final String GOOD_PASSWORD = "Correct-Horse-Battery-42";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("admin")
    void admin_creates_an_account_in_the_dialog_and_it_appears_in_the_grid() {
        String username = username();
        AccountsView view = navigate(AccountsView.class);
        NewAccountDialog dialog = openDialog(view);

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Nora New");
        test(dialog.email).setValue(username + "@portalops.example");
        test(dialog.roles).selectItems("Analyst", "Approver");
        test(dialog.password).setValue(GOOD_PASSWORD);
        clickCreate(dialog);

        assertThat(dialog.isOpened()).isFalse();
        AccountListItem row = gridRows(view).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(row.displayName()).isEqualTo("Nora New");
        assertThat(row.email()).isEqualTo(username + "@portalops.example");
        assertThat(row.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.APPROVER);
        assertThat(row.mustChangePassword())
                .as("an initial password must be changed")
                .isTrue();
        int index = gridRows(view).indexOf(row);
        assertThat(test(view.grid).getCellText(index, 3)).isEqualTo("Analyst, Approver");
        assertThat(test(view.grid).getCellText(index, 4)).isEqualTo("Must change password");

        String hash =
                jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, hash)).isTrue();
        assertThat(jdbc.queryForList(
                        "select role from account_role r join account a on a.id = r.account_id where a.username = ?",
                        String.class,
                        username))
                .containsExactlyInAnyOrder("ANALYST", "APPROVER");
    }

    @Test
    @WithUserDetails("admin")
    void a_too_short_password_shows_an_error_on_the_password_field_and_creates_nothing() {
        String username = username();
        int accountsBefore = accountCount();
        AccountsView view = navigate(AccountsView.class);
        NewAccountDialog dialog = openDialog(view);

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Short Password");
        test(dialog.roles).selectItem("Analyst");
        test(dialog.password).setValue("Sh0rt-pw");
        clickCreate(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(dialog.username.isInvalid()).isFalse();
        assertThat(accountCount()).isEqualTo(accountsBefore);
        assertThat(exists(username)).isFalse();
        assertThat(gridRows(view)).extracting(AccountListItem::username).doesNotContain(username);
    }

    @Test
    @WithUserDetails("admin")
    void a_duplicate_username_in_any_case_shows_an_error_on_the_username_field_and_creates_nothing() {
        int accountsBefore = accountCount();
        AccountsView view = navigate(AccountsView.class);
        NewAccountDialog dialog = openDialog(view);

        test(dialog.username).setValue("Manager");
        test(dialog.displayName).setValue("Another Maria");
        test(dialog.roles).selectItem("Account manager");
        test(dialog.password).setValue(GOOD_PASSWORD);
        clickCreate(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("An account with this username already exists.");
        assertThat(accountCount()).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject(
                        "select display_name from account where lower(username) = 'manager'", String.class))
                .isEqualTo("Maria Manager");
    }

    @Test
    @WithUserDetails("admin")
    void after_a_refused_attempt_fixing_the_input_in_the_same_dialog_creates_the_account() {
        String username = username();
        AccountsView view = navigate(AccountsView.class);
        NewAccountDialog dialog = openDialog(view);
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Second Try");
        test(dialog.password).setValue(GOOD_PASSWORD);
        clickCreate(dialog);
        assertThat(dialog.roles.isInvalid()).as("no role chosen").isTrue();
        assertThat(exists(username)).isFalse();

        test(dialog.roles).selectItem("Service admin");
        clickCreate(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(exists(username)).isTrue();
        assertThat(gridRows(view)).extracting(AccountListItem::username).contains(username);
    }

    private NewAccountDialog openDialog(AccountsView view) {
        test(view.create).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        return dialog;
    }

    private void clickCreate(NewAccountDialog dialog) {
        test(find(Button.class, dialog).withText("Create").single()).click();
    }

    private List<AccountListItem> gridRows(AccountsView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private boolean exists(String username) {
        return jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username) > 0;
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from account", Integer.class);
    }

    private static String username() {
        return "ui" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
