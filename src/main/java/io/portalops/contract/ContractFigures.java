package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.db.MaterializedViews;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract figures for the dashboard, read from the rollup views of V023 (refreshed by the dashboard-refresh job, never
 * computed from the contract table per request) and limited to the caller's row scope: ADMIN and ANALYST see every
 * owner's contracts, an ACCOUNT_MANAGER their own; the approval queue and decisions are the caller's own.
 */
@Service
public class ContractFigures {

    static final String[] VIEWS = {
        "contract_status_rollup",
        "contract_month_rollup",
        "contract_upcoming_end_rollup",
        "contract_pending_rollup",
        "contract_decision_rollup"
    };

    private final JdbcTemplate jdbc;
    private final CurrentUserProvider users;
    private final ContractQueries queries;

    ContractFigures(JdbcTemplate jdbc, CurrentUserProvider users, ContractQueries queries) {
        this.jdbc = jdbc;
        this.users = users;
        this.queries = queries;
    }

    /** Contracts in one status (flagged ones counted apart too), over every currency. */
    public record StatusFigure(ContractStatus status, long contracts, long flagged) {}

    /** Value of the contracts starting (new) and ending (expiring) in a month, in one currency. */
    public record MonthFigure(
            YearMonth month,
            String currency,
            BigDecimal newValue,
            long newContracts,
            BigDecimal expiringValue,
            long expiringContracts) {}

    /** Active contracts ending on a day: those that renew by themselves and those that expire. */
    public record EndFigure(LocalDate endDate, long renewing, long expiring) {}

    /** Contracts the caller may decide now, and since when the oldest has waited. */
    public record QueueFigure(long waiting, @Nullable Instant oldestSubmittedAt) {}

    /** The caller's decisions on one day. */
    public record DecisionFigure(LocalDate day, ApprovalDecision decision, long decisions) {}

    /** Whose contracts a figure covers: the caller's own (ACCOUNT_MANAGER) or everyone's (ADMIN, ANALYST). */
    public enum Reach {
        OWN,
        ALL
    }

    /** Rebuilds the contract rollups; called by the dashboard-refresh job. */
    public void refresh() {
        MaterializedViews.refresh(jdbc, VIEWS);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST','ACCOUNT_MANAGER')")
    @Transactional(readOnly = true)
    public List<StatusFigure> byStatus(Reach reach) {
        Scoped sql = scoped(
                reach,
                "select status, sum(contracts), sum(contracts) filter (where flagged) from contract_status_rollup");
        return jdbc.query(
                sql.sql() + " group by status order by status",
                (rs, i) -> new StatusFigure(ContractStatus.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)),
                sql.args());
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST','ACCOUNT_MANAGER')")
    @Transactional(readOnly = true)
    public List<MonthFigure> valueByMonth(Reach reach, YearMonth from, YearMonth to) {
        Scoped sql = scoped(
                reach,
                "select month, currency, "
                        + "coalesce(sum(value) filter (where kind = 'START'), 0), coalesce(sum(contracts) filter (where kind = 'START'), 0), "
                        + "coalesce(sum(value) filter (where kind = 'END'), 0), coalesce(sum(contracts) filter (where kind = 'END'), 0) "
                        + "from contract_month_rollup");
        List<Object> args = new ArrayList<>(List.of(sql.args()));
        args.add(Date.valueOf(from.atDay(1)));
        args.add(Date.valueOf(to.atDay(1)));
        return jdbc.query(
                sql.sql() + sql.and() + "month between ? and ? group by month, currency order by month, currency",
                (rs, i) -> new MonthFigure(
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5),
                        rs.getLong(6)),
                args.toArray());
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST','ACCOUNT_MANAGER')")
    @Transactional(readOnly = true)
    public List<EndFigure> endingBetween(Reach reach, LocalDate from, LocalDate to) {
        Scoped sql = scoped(
                reach,
                "select end_date, coalesce(sum(contracts) filter (where auto_renew), 0), "
                        + "coalesce(sum(contracts) filter (where not auto_renew), 0) from contract_upcoming_end_rollup");
        List<Object> args = new ArrayList<>(List.of(sql.args()));
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        return jdbc.query(
                sql.sql() + sql.and() + "end_date between ? and ? group by end_date order by end_date",
                (rs, i) -> new EndFigure(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)),
                args.toArray());
    }

    /**
     * The approval queue of the caller: pending contracts they neither own nor submitted nor approved in this round,
     * the same rule as the Contracts grid's "awaiting me" filter. The count is the one the navigation badge and the
     * grid show ({@link ContractService#awaitingMyDecision()}), read live: the rollup lags by up to a refresh, and
     * two numbers for one queue on one screen read as a bug. The rollup still gives the oldest submission cheaply.
     */
    @PreAuthorize("hasAnyRole('ADMIN','APPROVER')")
    @Transactional(readOnly = true)
    public QueueFigure myQueue() {
        long me = users.require().accountId();
        return jdbc.queryForObject(
                "select coalesce(sum(contracts), 0), min(oldest_submitted_at) from contract_pending_rollup "
                        + "where owner_id <> ? and submitted_by <> ? and approved_by <> ?",
                (rs, i) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    long waiting = queries.countAwaiting(me);
                    return new QueueFigure(waiting, waiting == 0 || oldest == null ? null : oldest.toInstant());
                },
                me,
                me,
                me);
    }

    @PreAuthorize("hasAnyRole('ADMIN','APPROVER')")
    @Transactional(readOnly = true)
    public List<DecisionFigure> myDecisionsSince(LocalDate from) {
        long me = users.require().accountId();
        return jdbc.query(
                "select day, decision, decisions from contract_decision_rollup where approver_id = ? and day >= ? "
                        + "order by day, decision",
                (rs, i) -> new DecisionFigure(
                        rs.getDate(1).toLocalDate(), ApprovalDecision.valueOf(rs.getString(2)), rs.getLong(3)),
                me,
                Date.valueOf(from));
    }

    private Scoped scoped(Reach reach, String select) {
        CurrentUser user = users.require();
        if (reach == Reach.ALL && user.hasAny(Role.ADMIN, Role.ANALYST)) {
            return new Scoped(select, new Object[0]);
        }
        if (reach == Reach.OWN && user.has(Role.ACCOUNT_MANAGER)) {
            return new Scoped(select + " where owner_id = ?", new Object[] {user.accountId()});
        }
        throw new AccessDeniedException(
                reach == Reach.ALL
                        ? "Figures over every contract are for admins and analysts"
                        : "Figures over one's own contracts are for account managers");
    }

    private record Scoped(String sql, Object[] args) {

        String and() {
            return args.length == 0 ? " where " : " and ";
        }
    }
}
