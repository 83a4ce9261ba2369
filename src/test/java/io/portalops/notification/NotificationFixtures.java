package io.portalops.notification;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts, notifications and outbox reads for the notification tests. */
@Component
public class NotificationFixtures {

    private final AccountService accounts;
    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Notifier notifier;

    NotificationFixtures(
            AccountService accounts,
            TestUsers users,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Notifier notifier) {
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.notifier = notifier;
    }

    /** A new enabled account with an email address at {@code example.test}; returns its username. */
    public String account(Role... roles) {
        String username = "n" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username,
                        "Test " + username,
                        username + "@example.test",
                        Set.of(roles),
                        "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    public long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    public static String email(String username) {
        return username + "@example.test";
    }

    public static String key() {
        return "test:" + UUID.randomUUID();
    }

    public int notify(NotificationCause cause, String title, String link, String key, long... recipients) {
        Set<Long> to = java.util.Arrays.stream(recipients).boxed().collect(java.util.stream.Collectors.toSet());
        Integer created = transaction.execute(
                status -> notifier.notify(new NotificationRequest(cause, to, title, "Body of " + title, link, key)));
        return created == null ? 0 : created;
    }

    public List<String> causesOf(long recipient, String keyPrefix) {
        return jdbc.queryForList(
                "select cause from notification where recipient_id = ? and dedup_key like ? order by id",
                String.class,
                recipient,
                keyPrefix + "%");
    }

    public List<Long> recipientsOf(String key) {
        return jdbc.queryForList(
                "select recipient_id from notification where dedup_key = ? order by recipient_id", Long.class, key);
    }

    public int outboxRowsTo(String username) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where to_address = ?", Integer.class, email(username));
    }

    public @Nullable String outboxStatusTo(String username) {
        return jdbc
                .queryForList("select status from mail_outbox where to_address = ?", String.class, email(username))
                .stream()
                .findFirst()
                .orElse(null);
    }
}
