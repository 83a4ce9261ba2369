package io.portalops.event;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes accepted events with one multi-row statement per table ({@code unnest} over arrays): a batch of 1,000 is one
 * dedup insert and one events insert, not 2,000 statements. Keys are claimed in sorted order, so that two batches
 * sharing events cannot deadlock on each other's dedup rows.
 */
@Component
class EventRows {

    private static final String CLAIM = "insert into event_dedup (source, event_id, occurred_at) "
            + "select s, e, o::timestamptz from unnest(?::varchar[], ?::varchar[], ?::text[]) as k(s, e, o) order by s, e "
            + "on conflict do nothing returning source, event_id";
    private static final String INSERT = "insert into events (id, occurred_at, received_at, source, event_id, type, customer_id, contract_id, payload) "
            + "select i, o::timestamptz, ?, s, e, t, c, k, p::jsonb "
            + "from unnest(?::bigint[], ?::text[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], ?::text[]) "
            + "as r(i, o, s, e, t, c, k, p)";

    /** One event ready to store. */
    record Row(Instant occurredAt, String source, String eventId, String type, long customerId, Long contractId, String payload) {

        String key() {
            return key(source, eventId);
        }

        static String key(String source, String eventId) {
            return source + '\u0000' + eventId;
        }
    }

    private final JdbcTemplate jdbc;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the rows' {@code (source, eventId)} keys; answers the keys that were free, i.e. not duplicates. */
    Set<String> claim(List<Row> rows) {
        Set<String> claimed = new HashSet<>();
        jdbc.query(CLAIM, ps -> {
            Connection c = ps.getConnection();
            ps.setArray(1, array(c, "varchar", rows.stream().map(Row::source)));
            ps.setArray(2, array(c, "varchar", rows.stream().map(Row::eventId)));
            ps.setArray(3, array(c, "text", rows.stream().map(r -> r.occurredAt().toString())));
        }, rs -> {
            claimed.add(Row.key(rs.getString(1), rs.getString(2)));
        });
        return claimed;
    }

    /** Inserts the rows with ids from the event sequence; answers the ids in the rows' order. */
    List<Long> insert(List<Row> rows, Instant receivedAt) {
        List<Long> ids = jdbc.queryForList("select nextval('event_id_seq') from generate_series(1, ?)", Long.class, rows.size());
        jdbc.update(INSERT, (PreparedStatement ps) -> {
            Connection c = ps.getConnection();
            ps.setObject(1, receivedAt.atOffset(java.time.ZoneOffset.UTC));
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            ps.setArray(3, array(c, "text", rows.stream().map(r -> r.occurredAt().toString())));
            ps.setArray(4, array(c, "varchar", rows.stream().map(Row::source)));
            ps.setArray(5, array(c, "varchar", rows.stream().map(Row::eventId)));
            ps.setArray(6, array(c, "varchar", rows.stream().map(Row::type)));
            ps.setArray(7, c.createArrayOf("bigint", rows.stream().map(Row::customerId).toArray()));
            ps.setArray(8, c.createArrayOf("bigint", rows.stream().map(Row::contractId).toArray()));
            ps.setArray(9, array(c, "text", rows.stream().map(Row::payload)));
        });
        return new ArrayList<>(ids);
    }

    private static Array array(Connection connection, String type, java.util.stream.Stream<String> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
