package io.portalops.security.api;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts a test owns: unique names, a known password, created the way an admin creates them. */
record TestAccounts(AccountService accounts, TestUsers users, JdbcTemplate jdbc) {

    static final String PASSWORD = "Correct-Horse-Battery-42";

    /** A new account that may use the API at once (the first-sign-in password change is waived). */
    Created create(String prefix, Role... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.as(
                        "admin",
                        () -> accounts.create(
                                new NewAccount(username, "Test " + username, null, Set.of(roles), PASSWORD)))
                .id();
        jdbc.update("update account set must_change_password = false where id = ?", id);
        return new Created(id, username);
    }

    long credentialVersion(long id) {
        return jdbc.queryForObject("select credential_version from account where id = ?", Long.class, id);
    }

    int openSignIns(long id) {
        return jdbc.queryForObject(
                "select count(*) from sign_in where account_id = ? and ended_at is null", Integer.class, id);
    }

    record Created(long id, String username) {}
}
