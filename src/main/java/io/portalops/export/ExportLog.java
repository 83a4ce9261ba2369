package io.portalops.export;

import io.portalops.shared.NotFoundException;
import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SliceResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export records for the Exports grid, newest first, a page at a time, with a capped count (ADR 036). ADMIN and
 * AUDITOR see every account's exports; every other role only its own, and another account's export is not found.
 * The scope is applied here, in SQL, so the view and any other caller get the same rows.
 */
@Service
public class ExportLog {

    public static final int MAX_PAGE = 500;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, String>> FILTERS = new TypeReference<>() {};
    private static final String SELECT = "select id, grid, format, filters::text, account_id, account_name, status, "
            + "background, row_count, size_bytes, sha256, signature, file_name, started_at, completed_at, "
            + "expires_at, error from export_record where true";

    private final JdbcTemplate jdbc;
    private final ExportFiles files;
    private final Clock clock;

    ExportLog(JdbcTemplate jdbc, ExportFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    /** A page of the exports the caller may see, newest first. */
    @Transactional(readOnly = true)
    public SliceResult<ExportListItem> search(ExportFilter filter, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        ExportCaller caller = ExportCaller.current();
        List<Object> args = new ArrayList<>();
        String sql = SELECT + where(filter, caller, args) + " order by id desc offset ? limit ?";
        args.add(offset);
        args.add(limit + 1);
        Instant now = clock.instant();
        List<ExportListItem> rows = jdbc.query(sql, (rs, n) -> item(rs, caller, now), args.toArray());
        return SliceResult.fromOverfetch(rows, offset, limit);
    }

    /** How many exports the search would list, exact up to {@link RowCount#CAP}. */
    @Transactional(readOnly = true)
    public RowCount count(ExportFilter filter) {
        List<Object> args = new ArrayList<>();
        String select = "select id from export_record where true" + where(filter, ExportCaller.current(), args);
        return CappedCount.of(jdbc, select, args, RowCount.CAP);
    }

    /** One export the caller may see; outside their scope it does not exist. */
    @Transactional(readOnly = true)
    public ExportListItem one(long id) {
        ExportCaller caller = ExportCaller.current();
        List<Object> args = new ArrayList<>();
        String sql = SELECT + where(ExportFilter.none(), caller, args) + " and id = ?";
        args.add(id);
        Instant now = clock.instant();
        return jdbc.query(sql, (rs, n) -> item(rs, caller, now), args.toArray()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Export"));
    }

    static boolean seesAll(ExportCaller caller) {
        return caller.roles().contains("ADMIN") || caller.roles().contains("AUDITOR");
    }

    private static String where(ExportFilter filter, ExportCaller caller, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (!seesAll(caller)) {
            sql.append(" and account_id = ?");
            args.add(caller.accountId());
        }
        String grid = filter.grid();
        if (grid != null && !grid.isBlank()) {
            sql.append(" and grid = ?");
            args.add(grid.strip().toLowerCase(Locale.ROOT));
        }
        String account = filter.account();
        if (account != null && !account.isBlank()) {
            sql.append(" and lower(account_name) like ? escape '\\'");
            args.add(account.strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%");
        }
        ExportFormat format = filter.format();
        if (format != null) {
            sql.append(" and format = ?");
            args.add(format.name());
        }
        ExportStatus status = filter.status();
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        return sql.toString();
    }

    private ExportListItem item(ResultSet rs, ExportCaller caller, Instant now) throws SQLException {
        ExportDetails details = new ExportDetails(
                rs.getLong("id"),
                rs.getString("grid"),
                ExportFormat.valueOf(rs.getString("format")),
                JSON.readValue(rs.getString("filters"), FILTERS),
                rs.getString("account_name"),
                ExportStatus.valueOf(rs.getString("status")),
                rs.getBoolean("background"),
                rs.getLong("row_count"),
                rs.getObject("size_bytes", Long.class),
                rs.getString("sha256"),
                rs.getString("signature"),
                rs.getString("file_name"),
                instant(rs, "started_at"),
                instantOrNull(rs, "completed_at"),
                instantOrNull(rs, "expires_at"),
                rs.getString("error"));
        boolean own = rs.getLong("account_id") == caller.accountId();
        // the file check is made only for the caller's own live exports: nobody else may download it anyway
        boolean downloadable = own
                && details.downloadable(now)
                && files.contentOf(details.id(), details.format()).exists();
        return new ExportListItem(details, own, downloadable);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var stamp = rs.getTimestamp(column);
        return stamp == null ? null : stamp.toInstant();
    }
}
