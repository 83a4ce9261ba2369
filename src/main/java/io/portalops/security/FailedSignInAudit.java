package io.portalops.security;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refused sign-ins on the audit log, aggregated (ADR 018): per account (or, for names that match no account, per typed
 * name) and window, the first refusal is audited at once and the rest as one row with their count when the window
 * closes. So a flood adds at most two rows per subject and window instead of one per request; the counter row is
 * updated under a row lock, so parallel refusals are all counted.
 */
@Component
class FailedSignInAudit {

    static final String ACTION = "auth.login_failed";
    private static final int NAME_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final LockoutProperties properties;

    FailedSignInAudit(JdbcTemplate jdbc, AuditLog audit, LockoutProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(@Nullable Long accountId, String typedName, String address, Instant now) {
        String name = typedName.length() <= NAME_LENGTH ? typedName : typedName.substring(0, NAME_LENGTH);
        // NUL cannot be stored in PostgreSQL text; the audit log replaces it the same way
        name = name.replace('\u0000', '\uFFFD');
        String subject = accountId != null ? "account:" + accountId : "name:" + name.toLowerCase(Locale.ROOT);
        jdbc.update(
                "insert into login_failure_window (subject, account_id, typed_name, address, window_start, failures, audited) "
                        + "values (?, ?, ?, ?, ?, 0, 0) on conflict (subject) do nothing",
                subject,
                accountId,
                name,
                address,
                Timestamp.from(now));
        Window window = jdbc.queryForObject(
                "select * from login_failure_window where subject = ? for update", FailedSignInAudit::window, subject);
        if (!window.start().isAfter(now.minus(properties.auditWindow()))) {
            closeWindow(window, now);
            jdbc.update(
                    "update login_failure_window set window_start = ?, failures = 0, audited = 0 where subject = ?",
                    Timestamp.from(now),
                    subject);
        }
        boolean first = Objects.requireNonNull(jdbc.queryForObject(
                        "update login_failure_window set failures = failures + 1, typed_name = ?, address = ? "
                                + "where subject = ? returning failures",
                        Integer.class,
                        name,
                        address,
                        subject))
                == 1;
        if (first) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("username", name);
            details.put("failures", 1);
            details.put("address", address);
            audit.record(new AuditEntry(
                    ACTION,
                    "account",
                    accountId == null ? null : accountId.toString(),
                    details,
                    AuditActor.anonymous(name)));
            jdbc.update("update login_failure_window set audited = 1 where subject = ?", subject);
        }
    }

    /** Audits and removes the windows that have closed; returns how many rows were written. */
    @Transactional
    public int closeWindows(Instant now) {
        List<Window> closed = jdbc.query(
                "select * from login_failure_window where window_start <= ? order by window_start "
                        + "limit 1000 for update skip locked",
                FailedSignInAudit::window,
                Timestamp.from(now.minus(properties.auditWindow())));
        int written = 0;
        for (Window window : closed) {
            written += closeWindow(window, now) ? 1 : 0;
            jdbc.update("delete from login_failure_window where subject = ?", window.subject());
        }
        return written;
    }

    private boolean closeWindow(Window window, Instant now) {
        int unaudited = window.failures() - window.audited();
        if (unaudited <= 0) {
            return false;
        }
        Instant end = window.start().plus(properties.auditWindow());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", window.typedName());
        details.put("failures", unaudited);
        details.put("windowStart", window.start().toString());
        details.put("windowEnd", (end.isBefore(now) ? end : now).toString());
        if (window.address() != null) {
            details.put("lastAddress", window.address());
        }
        audit.record(new AuditEntry(
                ACTION,
                "account",
                window.accountId() == null ? null : window.accountId().toString(),
                details,
                AuditActor.anonymous(window.typedName())));
        return true;
    }

    private record Window(
            String subject,
            @Nullable Long accountId,
            String typedName,
            @Nullable String address,
            Instant start,
            int failures,
            int audited) {}

    private static Window window(ResultSet rs, int row) throws SQLException {
        long accountId = rs.getLong("account_id");
        return new Window(
                rs.getString("subject"),
                rs.wasNull() ? null : accountId,
                rs.getString("typed_name"),
                rs.getString("address"),
                rs.getTimestamp("window_start").toInstant(),
                rs.getInt("failures"),
                rs.getInt("audited"));
    }
}
