package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.DateStyle;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own display preferences; nobody reads or sets another's. */
@Service
public class AccountPreferences {

    private final JdbcTemplate jdbc;
    private final CurrentUserProvider users;
    private final AuditLog audit;

    AccountPreferences(JdbcTemplate jdbc, CurrentUserProvider users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** ISO until the user chooses otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DateStyle myDateStyle() {
        List<String> stored = jdbc.queryForList(
                "select date_style from account_preference where account_id = ?",
                String.class,
                users.require().accountId());
        return stored.stream()
                .findFirst()
                .flatMap(name -> java.util.Arrays.stream(DateStyle.values())
                        .filter(s -> s.name().equals(name))
                        .findFirst())
                .orElse(DateStyle.ISO);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyDateStyle(DateStyle style) {
        long me = users.require().accountId();
        jdbc.update(
                "insert into account_preference (account_id, date_style, updated_at) values (?, ?, now()) "
                        + "on conflict (account_id) do update set date_style = excluded.date_style, updated_at = now()",
                me,
                style.name());
        audit.record(AuditEntry.of("account.preference_changed", "account", me, Map.of("dateStyle", style.name())));
    }
}
