package io.portalops.contract;

import io.portalops.calendar.CalendarSource;
import io.portalops.calendar.Deadline;
import io.portalops.calendar.DeadlineAction;
import io.portalops.calendar.DeadlineType;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts' deadlines for the calendar: end dates, and cancellation (notice) deadlines, which fall the notice
 * period before the end. The rows are those the Contracts grid shows the caller ({@link ContractScope}) among the
 * contracts that are or were in force (approved, active, expired). Read by SQL because the notice deadline is a
 * computed date (indexed by V019 for active contracts); the end date uses {@code contract_end_date_idx}.
 */
@Component
class ContractDeadlines implements CalendarSource {

    private static final Set<DeadlineType> TYPES = EnumSet.of(DeadlineType.CONTRACT_END, DeadlineType.CONTRACT_NOTICE);
    private static final String IN_FORCE = "c.status in ('APPROVED','ACTIVE','EXPIRED')";

    private final JdbcTemplate jdbc;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ContractDeadlines(JdbcTemplate jdbc, CurrentUserProvider currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Set<DeadlineType> types() {
        return TYPES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Set<DeadlineType> types, int limit) {
        CurrentUser user = currentUser.require();
        ContractScope scope = ContractScope.of(user);
        List<Object> scopeArgs = new ArrayList<>();
        String scopeSql = scopeSql(scope, scopeArgs);
        if (scopeSql == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Deadline> items = new ArrayList<>();
        if (types.contains(DeadlineType.CONTRACT_END)) {
            items.addAll(
                    query(DeadlineType.CONTRACT_END, "c.end_date", from, to, scopeSql, scopeArgs, limit, user, today));
        }
        if (types.contains(DeadlineType.CONTRACT_NOTICE)) {
            items.addAll(query(
                    DeadlineType.CONTRACT_NOTICE,
                    "(c.end_date - c.notice_period_days)",
                    from,
                    to,
                    scopeSql + " and c.notice_period_days > 0",
                    scopeArgs,
                    limit,
                    user,
                    today));
        }
        items.sort(java.util.Comparator.comparing(Deadline::day).thenComparing(Deadline::sourceId));
        return items.size() > limit + 1 ? items.subList(0, limit + 1) : items;
    }

    /** The Contracts grid's scope as SQL; null when the caller sees no contract at all. */
    private static @Nullable String scopeSql(ContractScope scope, List<Object> args) {
        if (scope.all()) {
            return "true";
        }
        List<String> any = new ArrayList<>();
        if (scope.ownerId() != null) {
            any.add("c.owner_id = ?");
            args.add(scope.ownerId());
        }
        if (scope.approverId() != null) {
            // pending contracts are not in force, so of an approver's scope only the contracts they decided remain
            any.add("c.status = 'PENDING_APPROVAL'");
            any.add("exists (select 1 from contract_approval a where a.contract_id = c.id and a.approver_id = ?)");
            args.add(scope.approverId());
        }
        return any.isEmpty() ? null : "(" + String.join(" or ", any) + ")";
    }

    private List<Deadline> query(
            DeadlineType type,
            String day,
            LocalDate from,
            LocalDate to,
            String scopeSql,
            List<Object> scopeArgs,
            int limit,
            CurrentUser user,
            LocalDate today) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        args.addAll(scopeArgs);
        args.add(limit + 1);
        return jdbc.query(
                "select c.id, c.number, c.title, c.owner_id, c.status, c.auto_renew, " + day + " as day "
                        + "from contract c where " + IN_FORCE + " and " + day + " between ? and ? and " + scopeSql
                        + " order by day, c.id limit ?",
                (rs, row) -> deadline(rs, type, user, today),
                args.toArray());
    }

    private static Deadline deadline(ResultSet rs, DeadlineType type, CurrentUser user, LocalDate today)
            throws SQLException {
        long ownerId = rs.getLong("owner_id");
        LocalDate day = rs.getObject("day", LocalDate.class);
        boolean inForce = !"EXPIRED".equals(rs.getString("status"));
        boolean mayAct = user.has(Role.ADMIN) || (user.has(Role.ACCOUNT_MANAGER) && user.accountId() == ownerId);
        DeadlineAction action = null;
        if (inForce && mayAct && !day.isBefore(today)) {
            boolean autoRenew = rs.getBoolean("auto_renew");
            if (type == DeadlineType.CONTRACT_NOTICE) {
                // an auto-renewing contract renews unless notice is given; one that ends needs a decision
                action = autoRenew ? DeadlineAction.GIVE_NOTICE : DeadlineAction.DECIDE;
            } else if (!autoRenew) {
                action = DeadlineAction.RENEW;
            }
        }
        String number = rs.getString("number");
        return new Deadline(
                "contract",
                rs.getLong("id"),
                type,
                day,
                number + " " + rs.getString("title"),
                action,
                "contracts/" + number,
                ownerId,
                null,
                null);
    }
}
