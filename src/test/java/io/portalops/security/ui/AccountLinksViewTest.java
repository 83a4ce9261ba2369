package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.portalops.TestUsers;
import io.portalops.security.AccountLinkItem;
import io.portalops.security.AccountLinks;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Accounts shows which accounts sign in through a provider; an admin unlinks one, audited (ADR 031). */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class AccountLinksViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountLinks links;

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_link_and_unlinks_the_account_which_ends_its_sign_ins_and_is_audited() {
        long id = linkedAccount("linked");
        jdbc.update(
                "insert into sign_in (id, account_id, kind, credential_version, started_at, last_used_at) "
                        + "select ?, id, 'BROWSER', credential_version, now(), now() from account where id = ?",
                UUID.randomUUID(),
                id);
        AccountsView view = navigate(AccountsView.class);
        AccountListItem row = view.grid
                .getGenericDataView()
                .getItems()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(view.signsInWith(id)).isEqualTo("SSO: corp");

        view.confirmUnlink(row, links.all().get(id));
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.queryForObject("select count(*) from account_link where account_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in where account_id = ? and ended_at is null", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select details->>'subject' from audit_log where action = 'account.unlinked' and target_id = ?",
                        String.class,
                        Long.toString(id)))
                .isEqualTo("sub-" + id);
        assertThat(view.signsInWith(id)).isEqualTo("Password");
    }

    @Test
    @WithUserDetails("admin")
    void a_linked_account_gets_no_password_from_an_admin_and_only_an_admin_sees_links() {
        long id = linkedAccount("nopass");
        assertThatThrownBy(() -> accounts.resetPassword(id, "Correct-Horse-Battery-42"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("identity provider");
        assertThat(jdbc.queryForObject("select password_hash is null from account where id = ?", Boolean.class, id))
                .isTrue();
        assertThatThrownBy(() -> users.run("analyst", () -> links.all()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("analyst", () -> links.unlink(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        AccountLinkItem link = links.all().get(id);
        assertThat(link.issuer()).isEqualTo("https://idp.example/corp");
    }

    /** An account as SsoSignIn leaves it: no password, linked to (issuer, subject). */
    private long linkedAccount(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(new NewAccount(
                        username, "Linked " + username, null, Set.of(Role.ANALYST), "Correct-Horse-Battery-42"))
                .id();
        jdbc.update("update account set password_hash = null, must_change_password = false where id = ?", id);
        jdbc.update(
                "insert into account_link (account_id, provider_id, issuer, subject, linked_at) values (?, 'corp', "
                        + "'https://idp.example/corp', ?, now())",
                id,
                "sub-" + id);
        return id;
    }
}
