package io.portalops.gridview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.grid.GridColumnState;
import io.portalops.shared.grid.GridSort;
import io.portalops.shared.grid.GridState;
import io.portalops.shared.grid.GridViewForm;
import io.portalops.shared.grid.SavedGridView;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class GridViewServiceTest {

    @Autowired
    GridViewService views;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    String account(Role... roles) {
        String username = "gv" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username,
                        "Grid " + username,
                        username + "@example.test",
                        Set.of(roles),
                        "a-Long-enough-pass-1")));
        return username;
    }

    static GridState active() {
        return new GridState(
                Map.of("status", List.of("ACTIVE"), "q", List.of("acme")),
                List.of(new GridSort("END_DATE", true)),
                List.of(new GridColumnState("TITLE", false, "300px"), new GridColumnState("owner", true, null)),
                true);
    }

    SavedGridView save(String user, String name, String role, boolean makeDefault) {
        return users.as(user, () -> views.save(new GridViewForm("contracts", name, role, makeDefault, active())));
    }

    long auditEntries(String action, long viewId) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and target_type = 'grid_view' and target_id = ?",
                Long.class,
                action,
                String.valueOf(viewId));
    }

    @Test
    void a_private_view_is_found_by_its_owner_only_and_anyone_else_is_told_it_does_not_exist() {
        String owner = account(Role.ACCOUNT_MANAGER);
        String other = account(Role.ACCOUNT_MANAGER);
        SavedGridView view = save(owner, "My renewals", null, false);

        assertThat(view.slug()).isEqualTo("my-renewals");
        assertThat(users.as(owner, () -> views.find("contracts", "my-renewals")))
                .hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(active()));
        assertThat(users.as(owner, () -> views.find("contracts", String.valueOf(view.id()))))
                .isPresent();

        for (String stranger : List.of(other, "admin")) {
            assertThat(users.as(stranger, () -> views.find("contracts", String.valueOf(view.id()))))
                    .isEmpty();
            assertThat(users.as(stranger, () -> views.views("contracts"))).noneMatch(v -> v.id() == view.id());
            assertThatThrownBy(() -> users.as(stranger, () -> views.get(view.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.run(stranger, () -> views.delete(view.id())))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from grid_view where id = ?", Long.class, view.id()))
                .isEqualTo(1);
    }

    @Test
    void a_shared_view_is_seen_by_its_role_deleted_only_by_its_owner_or_an_admin_and_sharing_is_audited() {
        String owner = account(Role.ACCOUNT_MANAGER);
        String colleague = account(Role.ACCOUNT_MANAGER);
        String analyst = account(Role.ANALYST);
        SavedGridView view = save(owner, "Team pipeline " + owner, "ACCOUNT_MANAGER", false);
        assertThat(auditEntries("grid_view.shared", view.id())).isEqualTo(1);

        assertThat(users.as(colleague, () -> views.views("contracts"))).anySatisfy(v -> {
            assertThat(v.id()).isEqualTo(view.id());
            assertThat(v.mine()).isFalse();
            assertThat(v.ownerName()).isEqualTo(owner);
        });
        assertThat(users.as(analyst, () -> views.find("contracts", view.slug())))
                .isEmpty();
        assertThatThrownBy(() -> users.run(colleague, () -> views.delete(view.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(analyst, () -> views.delete(view.id())))
                .isInstanceOf(NotFoundException.class);

        // a manager cannot share with a role they do not hold
        assertThatThrownBy(() -> save(owner, "For auditors", "AUDITOR", false))
                .isInstanceOf(InvalidInputException.class);

        // unsharing is audited, and the view is private again
        save(owner, "Team pipeline " + owner, null, false);
        assertThat(auditEntries("grid_view.unshared", view.id())).isEqualTo(1);
        assertThat(users.as(colleague, () -> views.find("contracts", view.slug())))
                .isEmpty();

        save(owner, "Team pipeline " + owner, "ACCOUNT_MANAGER", false);
        users.run("admin", () -> views.delete(view.id()));
        assertThat(auditEntries("grid_view.deleted", view.id())).isEqualTo(1);
        assertThat(users.as(owner, () -> views.views("contracts"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from grid_view_aud where id = ?", Long.class, view.id()))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_view_naming_what_the_grid_does_not_have_is_refused_and_nothing_is_stored() {
        String user = account(Role.ANALYST);
        GridState base = active();
        List<GridViewForm> bad = List.of(
                new GridViewForm("salaries", "x", null, false, base),
                form(new GridState(Map.of("view", List.of("1")), List.of(), List.of(), false)),
                form(new GridState(Map.of("ownerId", List.of("1")), List.of(), List.of(), false)),
                form(new GridState(Map.of("q", List.of("two\nlines")), List.of(), List.of(), false)),
                form(new GridState(Map.of("q", List.of("x".repeat(201))), List.of(), List.of(), false)),
                form(new GridState(Map.of(), List.of(new GridSort("password", true)), List.of(), false)),
                form(new GridState(Map.of(), List.of(), List.of(new GridColumnState("secret", false, null)), false)),
                form(new GridState(
                        Map.of(),
                        List.of(),
                        List.of(new GridColumnState("TITLE", false, "1px;background:url(x)")),
                        false)),
                form(new GridState(
                        Map.of(),
                        List.of(),
                        List.of(new GridColumnState("TITLE", false, null), new GridColumnState("TITLE", true, null)),
                        false)),
                new GridViewForm("contracts", "x", "ROOT", false, base));
        for (GridViewForm form : bad) {
            assertThatThrownBy(() -> users.as(user, () -> views.save(form)))
                    .as(form.toString())
                    .isInstanceOf(InvalidInputException.class);
        }
        for (String name : List.of("", "two\nlines", "n".repeat(61))) {
            assertThatThrownBy(() ->
                            users.as(user, () -> views.save(new GridViewForm("contracts", name, null, false, base))))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(users.as(user, () -> views.views("contracts"))).isEmpty();
    }

    private static GridViewForm form(GridState state) {
        return new GridViewForm("contracts", "Bad", null, false, state);
    }

    @Test
    void saving_under_a_name_replaces_the_view_and_the_number_of_views_per_grid_is_capped() {
        String user = account(Role.ANALYST);
        SavedGridView first = save(user, "Big deals", null, false);
        SavedGridView again = save(user, "big deals", null, true);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.isDefault()).isTrue();
        for (int i = 1; i < 30; i++) {
            save(user, "View " + i, null, false);
        }
        assertThatThrownBy(() -> save(user, "One too many", null, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("30");
        assertThat(users.as(user, () -> views.views("contracts"))).hasSize(30);
    }

    @Test
    void two_default_views_saved_at_the_same_moment_leave_exactly_one_default() throws Exception {
        String user = account(Role.ANALYST);
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<SavedGridView>> saves = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "Default " + round + "-" + i;
                saves.add(pool.submit(() -> {
                    start.await();
                    return save(user, name, null, true);
                }));
            }
            start.countDown();
            for (Future<SavedGridView> save : saves) {
                save.get();
            }
            pool.shutdown();
            assertThat(jdbc.queryForObject(
                            "select count(*) from grid_view g join account a on a.id = g.account_id "
                                    + "where a.username = ? and g.is_default",
                            Long.class,
                            user))
                    .isEqualTo(1);
        }
        assertThat(users.as(user, () -> views.defaultView("contracts"))).isPresent();
    }

    @Test
    void columns_are_remembered_per_user_and_per_grid() {
        String one = account(Role.ANALYST);
        String two = account(Role.ANALYST);
        GridState columns =
                new GridState(Map.of(), List.of(), List.of(new GridColumnState("VALUE", false, "120px")), true);
        users.run(one, () -> views.rememberColumns("contracts", columns));
        users.run(one, () -> views.rememberColumns("customers", GridState.empty()));

        assertThat(users.as(one, () -> views.columns("contracts"))).contains(columns);
        assertThat(users.as(one, () -> views.columns("customers"))).contains(GridState.empty());
        assertThat(users.as(two, () -> views.columns("contracts"))).isEmpty();
        assertThatThrownBy(() -> users.run(
                        one,
                        () -> views.rememberColumns(
                                "contracts",
                                new GridState(
                                        Map.of(),
                                        List.of(),
                                        List.of(new GridColumnState("nope", false, null)),
                                        false))))
                .isInstanceOf(InvalidInputException.class);
    }
}
