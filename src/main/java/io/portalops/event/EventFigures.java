package io.portalops.event;

import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.db.MaterializedViews;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Event figures for the dashboard, read from the rollup views of V023, which the dashboard-refresh job rebuilds from
 * the last 30 days' partitions; no request scans the events table. Volumes cover every customer, so they are for
 * ADMIN and ANALYST; an ACCOUNT_MANAGER gets the high-severity events of their own customers.
 */
@Service
public class EventFigures {

    static final String[] VIEWS = {"event_type_day_rollup", "event_top_customer_rollup", "event_alert_rollup"};

    private final JdbcTemplate jdbc;
    private final CurrentUserProvider users;

    EventFigures(JdbcTemplate jdbc, CurrentUserProvider users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public record DayFigure(LocalDate day, String type, long events) {}

    public record CustomerVolume(long customerId, String customerName, String externalRef, long events) {}

    public record Alert(long eventPk, Instant occurredAt, String type, long customerId, String customerName) {}

    /** The newest high-severity events (at most 20 are kept per account manager) and how many there were in 7 days. */
    public record Alerts(long total, List<Alert> newest) {}

    public void refresh() {
        MaterializedViews.refresh(jdbc, VIEWS);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Transactional(readOnly = true)
    public List<DayFigure> perDayAndType(LocalDate from) {
        return jdbc.query(
                "select day, type, events from event_type_day_rollup where day >= ? order by day, type",
                (rs, i) -> new DayFigure(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)),
                Date.valueOf(from));
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Transactional(readOnly = true)
    public List<CustomerVolume> topCustomers(int limit) {
        return jdbc.query(
                "select r.customer_id, c.name, c.external_ref, r.events from event_top_customer_rollup r "
                        + "join customer c on c.id = r.customer_id order by r.events desc, r.customer_id limit ?",
                (rs, i) -> new CustomerVolume(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                Math.clamp(limit, 1, 50));
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @Transactional(readOnly = true)
    public Alerts myCustomersAlerts(int limit) {
        long me = users.require().accountId();
        List<Alert> newest = jdbc.query(
                "select a.event_pk, a.occurred_at, a.type, a.customer_id, c.name from event_alert_rollup a "
                        + "join customer c on c.id = a.customer_id where a.owner_id = ? and c.owner_id = ? "
                        + "order by a.rank limit ?",
                (rs, i) -> new Alert(
                        rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getLong(4), rs.getString(5)),
                me,
                me,
                Math.clamp(limit, 1, 20));
        Long total =
                jdbc.queryForObject("select max(total) from event_alert_rollup where owner_id = ?", Long.class, me);
        return new Alerts(total == null ? 0 : total, newest);
    }
}
