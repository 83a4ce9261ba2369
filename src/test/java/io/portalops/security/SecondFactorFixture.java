package io.portalops.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import io.portalops.TestUsers;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts with TOTP for the tests: codes are computed here from the secret, as an authenticator app does. */
record SecondFactorFixture(AccountService accounts, SecondFactorStore store, TestUsers users, JdbcTemplate jdbc) {

    static final String PASSWORD = "Correct-Horse-Battery-42";

    record Enrolled(long id, String username, String secret) {}

    long account(String prefix, Role... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.as(
                        "admin",
                        () -> accounts.create(
                                new NewAccount(username, "Test " + username, null, Set.of(roles), PASSWORD)))
                .id();
        jdbc.update("update account set must_change_password = false where id = ?", id);
        return id;
    }

    String username(long id) {
        return jdbc.queryForObject("select username from account where id = ?", String.class, id);
    }

    /** An account with a confirmed authenticator whose last accepted step is far in the past. */
    Enrolled enrolled(String prefix, Role... roles) {
        long id = account(prefix, roles);
        String secret = new dev.samstevens.totp.secret.DefaultSecretGenerator(32).generate();
        store.startEnrolment(id, secret, Instant.now());
        store.useStep(id, 0, Instant.now(), true);
        return new Enrolled(id, username(id), secret);
    }

    static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 30);
    }

    static String currentCode(String secret) {
        return code(secret, stepAt(Instant.now()));
    }

    int failedAttempts(long id) {
        return jdbc.queryForObject("select failed_attempts from account where id = ?", Integer.class, id);
    }
}
