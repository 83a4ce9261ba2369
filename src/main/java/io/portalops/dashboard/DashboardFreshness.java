package io.portalops.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** When each group of rollups was last rebuilt ({@code dashboard_refresh}), so the dashboard can say how fresh it is. */
@Component
class DashboardFreshness {

    private final JdbcTemplate jdbc;

    DashboardFreshness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(String name, Instant refreshedAt, long durationMillis) {
        jdbc.update(
                "insert into dashboard_refresh (name, refreshed_at, duration_ms) values (?, ?, ?) on conflict (name) "
                        + "do update set refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms",
                name,
                Timestamp.from(refreshedAt),
                durationMillis);
    }

    /** The oldest refresh among the groups, or empty before the first refresh of each of them. */
    @Transactional(readOnly = true)
    Optional<Instant> asOf(int groups) {
        return jdbc.query("select count(*), min(refreshed_at) from dashboard_refresh", rs -> {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return rs.getInt(1) < groups || oldest == null
                    ? Optional.<Instant>empty()
                    : Optional.of(oldest.toInstant());
        });
    }
}
