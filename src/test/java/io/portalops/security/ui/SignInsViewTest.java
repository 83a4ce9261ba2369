package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import io.portalops.TestUsers;
import io.portalops.security.AccountListItem;
import io.portalops.security.AccountService;
import io.portalops.security.AccountUserDetails;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.security.SignInClient;
import io.portalops.security.SignInKind;
import io.portalops.security.SignInListItem;
import io.portalops.security.SignInService;
import io.portalops.security.TokenService;
import io.portalops.shared.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Sign-ins page of the user menu, and the admin's sign-ins dialog on the Accounts screen. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class SignInsViewTest extends SpringBrowserlessTest {

    private static final int END_COLUMN = 5;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInService signIns;

    @Autowired
    TokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_user_sees_their_browser_and_api_sign_ins_with_client_and_address_and_ends_one() {
        String username = account();
        UUID api = apiSignIn(username, "curl/8.5.0", "10.1.2.3");
        UUID browser = browserSignIn(username, "Mozilla/5.0 Firefox/140", "10.9.8.7");
        String other = account();
        UUID othersSignIn = apiSignIn(other, "curl/8.5.0", "10.1.2.4");
        signIn(username);

        UI.getCurrent().navigate("account/sign-ins");
        SignInsView view = (SignInsView) getCurrentView();

        List<SignInListItem> rows = rows(view.grid);
        assertThat(rows).extracting(SignInListItem::id).containsExactlyInAnyOrder(api, browser);
        int apiRow = rows.indexOf(
                rows.stream().filter(r -> r.id().equals(api)).findFirst().orElseThrow());
        assertThat(test(view.grid).getCellText(apiRow, 3)).isEqualTo("curl/8.5.0");
        assertThat(test(view.grid).getCellText(apiRow, 4)).isEqualTo("10.1.2.3");
        assertThat(rows.get(apiRow).kind()).isEqualTo(SignInKind.API);

        test((Button) test(view.grid).getCellComponent(apiRow, END_COLUMN)).click();

        assertThat(rows(view.grid)).extracting(SignInListItem::id).containsExactly(browser);
        assertThat(tokens.isFamilyRevoked(api)).isTrue();
        assertThat(endedReason(api)).isEqualTo("ENDED_BY_USER");
        assertThat(tokens.isFamilyRevoked(othersSignIn))
                .as("another account's sign-in")
                .isFalse();
    }

    @Test
    void the_user_menu_opens_the_sign_ins_page() {
        signIn(account());
        navigate(io.portalops.dashboard.ui.DashboardView.class);
        MenuBar userMenu = find(MenuBar.class).all().stream()
                .filter(m -> !m.getItems().isEmpty()
                        && m.getItems().getFirst().getSubMenu().getItems().stream()
                                .anyMatch(i -> "Sign-ins".equals(i.getText())))
                .findFirst()
                .orElseThrow();
        var items = userMenu.getItems().getFirst().getSubMenu().getItems();
        int signInsItem = IntStream.range(0, items.size())
                .filter(i -> "Sign-ins".equals(items.get(i).getText()))
                .findFirst()
                .orElseThrow();

        new MenuBarTester<>(userMenu).clickItem(0, signInsItem);

        assertThat(getCurrentView()).isInstanceOf(SignInsView.class);
    }

    @Test
    void ending_all_other_sign_ins_ends_every_one_of_the_user_and_none_of_anyone_else() {
        String username = account();
        UUID first = apiSignIn(username, "curl/8.5.0", "10.1.2.3");
        UUID second = browserSignIn(username, "Mozilla/5.0", "10.1.2.5");
        String other = account();
        UUID othersSignIn = apiSignIn(other, "curl/8.5.0", "10.1.2.4");
        signIn(username);
        SignInsView view = navigate(SignInsView.class);

        test(view.endOthers).click();

        assertThat(rows(view.grid)).isEmpty();
        assertThat(endedReason(first)).isEqualTo("ENDED_BY_USER");
        assertThat(endedReason(second)).isEqualTo("ENDED_BY_USER");
        assertThat(endedReason(othersSignIn)).isNull();
    }

    @Test
    void a_user_cannot_end_or_see_another_accounts_sign_in() {
        String username = account();
        String other = account();
        UUID othersSignIn = apiSignIn(other, "curl/8.5.0", "10.1.2.4");

        assertThatThrownBy(() -> users.run(username, () -> signIns.endMine(othersSignIn)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(username, signIns::mine)).isEmpty();
        assertThatThrownBy(() -> users.run(username, () -> signIns.of(id(other))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(endedReason(othersSignIn)).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_ends_one_and_then_all_sign_ins_of_an_account_from_the_accounts_screen() {
        String username = account();
        UUID first = apiSignIn(username, "curl/8.5.0", "10.1.2.3");
        UUID second = apiSignIn(username, "python-requests/2.32", "10.1.2.6");
        UUID third = browserSignIn(username, "Mozilla/5.0", "10.1.2.7");
        AccountsView view = navigate(AccountsView.class);
        AccountListItem item = IntStream.range(0, test(view.grid).size())
                .mapToObj(test(view.grid)::getRow)
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();

        AccountSignInsDialog dialog = view.openSignIns(item);
        roundTrip();
        assertThat(rows(dialog.grid)).extracting(SignInListItem::id).containsExactlyInAnyOrder(first, second, third);
        int firstRow = rows(dialog.grid)
                .indexOf(rows(dialog.grid).stream()
                        .filter(r -> r.id().equals(first))
                        .findFirst()
                        .orElseThrow());
        test((Button) test(dialog.grid).getCellComponent(firstRow, END_COLUMN)).click();

        assertThat(endedReason(first)).isEqualTo("ENDED_BY_ADMIN");
        assertThat(rows(dialog.grid)).extracting(SignInListItem::id).containsExactlyInAnyOrder(second, third);

        test(dialog.endAll).click();

        assertThat(rows(dialog.grid)).isEmpty();
        assertThat(endedReason(second)).isEqualTo("ENDED_BY_ADMIN");
        assertThat(endedReason(third)).isEqualTo("ENDED_BY_ADMIN");
        assertThat(tokens.isFamilyRevoked(second)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'account.sign_ins_ended' and target_id = ?",
                        Integer.class,
                        Long.toString(id(username))))
                .isEqualTo(1);
    }

    private List<SignInListItem> rows(SignInsGrid grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private UUID apiSignIn(String username, String userAgent, String address) {
        tokens.issue(
                (AccountUserDetails) userDetails.loadUserByUsername(username), new SignInClient(userAgent, address));
        return newest(username);
    }

    private UUID browserSignIn(String username, String userAgent, String address) {
        return signIns.checkBrowser(
                        null,
                        (AccountUserDetails) userDetails.loadUserByUsername(username),
                        new SignInClient(userAgent, address))
                .orElseThrow();
    }

    private UUID newest(String username) {
        return UUID.fromString(jdbc.queryForObject(
                "select id::text from sign_in where account_id = ? order by started_at desc limit 1",
                String.class,
                id(username)));
    }

    private String endedReason(UUID signIn) {
        return jdbc.queryForObject("select ended_reason from sign_in where id = ?", String.class, signIn);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private String account() {
        String username = "si" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username, "Sign-in Tester", null, Set.of(Role.ANALYST), "Correct-Horse-Battery-42")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    private void signIn(String username) {
        var user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
    }
}
