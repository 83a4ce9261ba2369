package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.audit.EntityChange;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Accounts and their role assignments have an Envers history like every other business entity. */
@SpringBootTest
class AccountHistoryTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountHistory history;

    @Autowired
    TestUsers users;

    @Test
    void a_role_change_and_a_disable_appear_in_the_accounts_history_with_who_did_them_and_the_old_and_new_values() {
        String username = "hist" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.as(
                        "admin",
                        () -> accounts.create(new NewAccount(
                                username, "History " + username, null, Set.of(Role.ANALYST), "a-Long-enough-pass-1")))
                .id();
        users.run("admin", () -> accounts.changeRoles(id, Set.of(Role.ANALYST, Role.APPROVER)));
        users.run("admin", () -> accounts.setEnabled(id, false));

        List<EntityChange> changes = users.as("admin", () -> history.of(id));
        assertThat(changes).hasSizeGreaterThanOrEqualTo(3);
        assertThat(changes).allMatch(c -> "admin".equals(c.actor()) || c.actor().contains("Admin"));
        assertThat(changes).flatExtracting(EntityChange::fields).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("Roles");
            assertThat(f.oldValue()).isEqualTo(Role.ANALYST.label());
            assertThat(f.newValue()).contains(Role.APPROVER.label()).contains(Role.ANALYST.label());
        });
        assertThat(changes).flatExtracting(EntityChange::fields).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("Enabled");
            assertThat(f.oldValue()).isEqualTo("yes");
            assertThat(f.newValue()).isEqualTo("no");
        });
    }

    @Test
    void only_an_admin_reads_an_accounts_history() {
        assertThatThrownBy(() -> users.as("analyst", () -> history.of(1))).isInstanceOf(AccessDeniedException.class);
    }
}
