package io.portalops.event;

import io.portalops.customer.CustomerLookups;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.db.replica.ReadsFromReplica;
import io.portalops.shared.paging.PlannerEstimate;
import io.portalops.shared.paging.RowCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the event log newest first with keyset paging, in plain SQL so that PostgreSQL prunes monthly partitions and
 * walks the {@code (…, occurred_at desc, id desc)} indexes; see docs/adr/007-event-reads-by-sql.md. No count is ever
 * made beyond the capped one of {@link #count}. Each role reads the events of its own customers ({@link #scope});
 * ADR 022. With a read replica configured it reads from the replica (ADR 050): a just-ingested event may appear a
 * moment later, as it does in the live tail anyway.
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
@PreAuthorize("hasAnyRole('ADMIN','ANALYST','ACCOUNT_MANAGER','APPROVER')")
public class EventLog {

    public static final int MAX_PAGE = 500;
    /** How far back the log reaches when neither a customer, a contract nor a start is given. */
    public static final Duration DEFAULT_SPAN = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final CustomerLookups customers;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    private final EventTimeWindow window;

    EventLog(
            JdbcTemplate jdbc,
            CustomerLookups customers,
            CurrentUserProvider currentUser,
            Clock clock,
            EventTimeWindow window) {
        this.window = window;
        this.jdbc = jdbc;
        this.customers = customers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private record Row(
            long id,
            Instant occurredAt,
            Instant receivedAt,
            String source,
            String eventId,
            String type,
            @Nullable Long customerId,
            @Nullable Long contractId,
            @Nullable String contractNumber,
            String payload,
            @Nullable String personRef,
            @Nullable String productRef) {}

    /** The SQL of one page and its arguments; a test EXPLAINs exactly this to check partition pruning. */
    record Query(String sql, List<Object> args) {}

    /** Up to {@code limit} events older than {@code after} (or the newest, without it). No count is ever made. */
    public EventPage search(EventFilter filter, @Nullable EventCursor after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE + ".");
        }
        Query query = query(filter, after, limit, currentUser.require());
        List<Row> rows = jdbc.query(query.sql(), EventLog::row, query.args().toArray());
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        Map<Long, String> names = customers.names(
                page.stream().map(Row::customerId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<EventListItem> items = page.stream()
                .map(r -> new EventListItem(
                        r.id(),
                        r.occurredAt(),
                        r.receivedAt(),
                        r.source(),
                        r.eventId(),
                        r.type(),
                        r.customerId(),
                        r.customerId() == null ? null : names.getOrDefault(r.customerId(), "#" + r.customerId()),
                        r.contractId(),
                        r.contractNumber(),
                        pretty(r.payload()),
                        r.personRef(),
                        r.productRef()))
                .toList();
        return new EventPage(items, more ? items.getLast().cursor() : null);
    }

    /**
     * Every event the Event Log would show for the filter, newest first, page after page along the cursor, for an
     * export (ADMIN and ANALYST). Events arriving meanwhile are newer than the first page and not included.
     */
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    public void exportRows(EventFilter filter, Consumer<EventListItem> row) {
        EventCursor after = null;
        do {
            EventPage page = search(filter, after, MAX_PAGE);
            page.items().forEach(row);
            after = page.next();
        } while (after != null);
    }

    /**
     * How many events the log would list for the filter, in the caller's scope: exact up to {@link RowCount#CAP}, and
     * past it the planner's estimate of the same query (ADR 046), so that a month of a 500M-row table is never
     * counted row by row.
     */
    public RowCount count(EventFilter filter) {
        Query query = counting(filter, currentUser.require());
        return PlannerEstimate.count(jdbc, query.sql(), query.args(), RowCount.CAP);
    }

    /** The ids the log would list for the filter, without order or limit: what {@link #count} counts. */
    Query counting(EventFilter filter, CurrentUser user) {
        StringBuilder sql = new StringBuilder("select e.id from events e where true");
        List<Object> args = new ArrayList<>();
        where(sql, args, filter, null, user);
        return new Query(sql.toString(), args);
    }

    Query query(EventFilter filter, @Nullable EventCursor after, int limit, CurrentUser user) {
        StringBuilder sql =
                new StringBuilder("select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, "
                        + "e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload, "
                        + "e.person_ref, e.product_ref "
                        + "from events e left join contract c on c.id = e.contract_id where true");
        List<Object> args = new ArrayList<>();
        where(sql, args, filter, after, user);
        sql.append(" order by e.occurred_at desc, e.id desc limit ?");
        args.add(limit + 1);
        return new Query(sql.toString(), args);
    }

    /** The filter, the scope and the keyset, shared by a page and the count so that they always agree. */
    private void where(
            StringBuilder sql, List<Object> args, EventFilter filter, @Nullable EventCursor after, CurrentUser user) {
        Instant from = effectiveFrom(filter);
        condition(sql, args, " and e.occurred_at >= ?", from == null ? null : Timestamp.from(from));
        if (filter.to() != null) {
            condition(sql, args, " and e.occurred_at < ?", Timestamp.from(filter.to()));
        } else if (after == null) {
            // nothing is stored further ahead, so no row is lost; the bound spares the partitions created in advance
            condition(sql, args, " and e.occurred_at <= ?", Timestamp.from(window.newest(clock.instant())));
        }
        condition(sql, args, " and e.customer_id = ?", filter.customerId());
        condition(sql, args, " and e.contract_id = ?", filter.contractId());
        condition(
                sql,
                args,
                " and e.contract_id = (select k.id from contract k where k.number = ?)",
                filter.contractNumber());
        condition(sql, args, " and e.type = ?", filter.type());
        condition(sql, args, " and e.source = ?", filter.source());
        // A source that sent no retained event (event_dedup keeps a key per stored event, dropped with its partition)
        // matches nothing: one probe of that key, evaluated once, instead of scanning the window (ADR 060). Asked as
        // "the first source from this one on", so that the plan is an index probe also when PostgreSQL plans the
        // prepared statement for any value: "source = ?" there looked cheaper as a scan, and scanned every key.
        if (filter.source() != null) {
            sql.append(" and exists (select 1 from (select d.source from event_dedup d where d.source >= ?"
                    + " order by d.source limit 1) first_source where first_source.source = ?)");
            args.add(filter.source());
            args.add(filter.source());
        }
        // the same rule as the dashboard's alerts (V023): the payload's own severity, else the type's
        condition(
                sql,
                args,
                " and coalesce(lower(e.payload ->> 'severity'), (select lower(t.severity) from event_type t "
                        + "where t.name = e.type)) = ?",
                filter.severity() == null ? null : filter.severity().name().toLowerCase(Locale.ROOT));
        scope(sql, args, user);
        if (after != null) {
            // the plain bound lets the planner prune partitions; the row comparison is the exact keyset condition
            condition(sql, args, " and e.occurred_at <= ?", Timestamp.from(after.occurredAt()));
            sql.append(" and (e.occurred_at, e.id) < (?, ?)");
            args.add(Timestamp.from(after.occurredAt()));
            args.add(after.id());
        }
    }

    /**
     * Row scope (docs/security/row-scope.md): ADMIN and ANALYST read every event; an ACCOUNT_MANAGER those of the
     * customers they own; an APPROVER those of customers with a contract they can open as approver: one pending approval,
     * or one they decided. Roles add up for reading. A company usage event has no customer (ADR 055): only the roles
     * that read every event see it; {@code customer_id in (…)} is never true for its null customer, so no customer
     * rule can reach it.
     */
    private static void scope(StringBuilder sql, List<Object> args, CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.ANALYST)) {
            return;
        }
        List<String> any = new ArrayList<>();
        if (user.has(Role.ACCOUNT_MANAGER)) {
            any.add("e.customer_id in (select id from customer where owner_id = ?)");
            args.add(user.accountId());
        }
        if (user.has(Role.APPROVER)) {
            any.add("e.customer_id in (select k.customer_id from contract k where k.status = 'PENDING_APPROVAL' "
                    + "or k.id in (select a.contract_id from contract_approval a where a.approver_id = ?))");
            args.add(user.accountId());
        }
        sql.append(any.isEmpty() ? " and false" : " and (" + String.join(" or ", any) + ")");
    }

    /** The start actually used: the given one, or 30 days back when nothing else narrows the scan. */
    public @Nullable Instant effectiveFrom(EventFilter filter) {
        if (filter.from() != null || filter.namesCustomerOrContract()) {
            return filter.from();
        }
        return clock.instant().minus(DEFAULT_SPAN);
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, @Nullable Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        long contract = rs.getLong("contract_id");
        Long contractId = rs.wasNull() ? null : contract;
        long customer = rs.getLong("customer_id");
        Long customerId = rs.wasNull() ? null : customer;
        return new Row(
                rs.getLong("id"),
                instant(rs, "occurred_at"),
                instant(rs, "received_at"),
                rs.getString("source"),
                rs.getString("event_id"),
                rs.getString("type"),
                customerId,
                contractId,
                rs.getString("contract_number"),
                rs.getString("payload"),
                rs.getString("person_ref"),
                rs.getString("product_ref"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String pretty(String json) {
        return EventTypes.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(EventTypes.JSON.readTree(json));
    }
}
