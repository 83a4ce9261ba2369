package io.portalops.audit;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SliceResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and checking the audit log, for ADMIN and AUDITOR only: newest first, a page at a time (no count), with
 * the filters of the Audit screen, and the chain check with progress.
 */
@Service
public class AuditReader {

    public static final int MAX_PAGE = 500;
    static final String READERS = "hasAnyRole('ADMIN','AUDITOR')";

    private final JdbcTemplate jdbc;
    private final AuditVerifier verifier;

    AuditReader(JdbcTemplate jdbc, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.verifier = verifier;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SliceResult<AuditLogItem> search(AuditFilter filter, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        checkRange(filter);
        List<Object> args = new ArrayList<>();
        String sql = SELECT + where(filter, args) + " order by seq desc offset ? limit ?";
        args.add(offset);
        args.add(limit + 1);
        List<AuditLogItem> rows = jdbc.query(sql, (rs, n) -> item(rs), args.toArray());
        return SliceResult.fromOverfetch(rows, offset, limit);
    }

    /** How many entries the search would list, exact up to {@link RowCount#CAP} (ADR 036): the log only grows. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RowCount count(AuditFilter filter) {
        checkRange(filter);
        List<Object> args = new ArrayList<>();
        return CappedCount.of(jdbc, "select seq from audit_log where true" + where(filter, args), args, RowCount.CAP);
    }

    /**
     * Every entry the search would show, newest first, streamed from one query (the driver fetches a page at a time),
     * for an export by ADMIN or AUDITOR.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public void exportRows(AuditFilter filter, Consumer<AuditLogItem> row) {
        checkRange(filter);
        List<Object> args = new ArrayList<>();
        String sql = SELECT + where(filter, args) + " order by seq desc";
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setFetchSize(500);
                    for (int i = 0; i < args.size(); i++) {
                        statement.setObject(i + 1, args.get(i));
                    }
                    return statement;
                },
                (RowCallbackHandler) rs -> row.accept(item(rs)));
    }

    private static final String SELECT =
            "select seq, occurred_at, actor_type, actor_name, action, target_type, target_id, "
                    + "details::text, client_ip, hash from audit_log where true";

    private static void checkRange(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("from", "The start of the time range is after its end.");
        }
    }

    private static AuditLogItem item(ResultSet rs) throws SQLException {
        return new AuditLogItem(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10));
    }

    private static String where(AuditFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action like ?");
            args.add(like(filter.action().strip().toLowerCase()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and lower(actor_name) like ?");
            args.add(like(filter.actor().strip().toLowerCase()));
        }
        if (filter.targetType() != null && !filter.targetType().isBlank()) {
            sql.append(" and target_type = ?");
            args.add(filter.targetType().strip().toLowerCase());
        }
        if (filter.targetId() != null && !filter.targetId().isBlank()) {
            sql.append(" and target_id = ?");
            args.add(filter.targetId().strip());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        return sql.toString();
    }

    /** Checks the whole chain (see {@link AuditVerifier}); {@code progress} hears the entries checked so far. */
    @PreAuthorize(READERS)
    public AuditVerification verify(LongConsumer progress) {
        return verifier.verify(progress);
    }

    /** The newest entry's number, for a progress bar's maximum. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long newestSeq() {
        return Objects.requireNonNull(jdbc.queryForObject("select coalesce(max(seq), 0) from audit_log", Long.class));
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
