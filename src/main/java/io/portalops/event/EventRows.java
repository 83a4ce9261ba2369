package io.portalops.event;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes accepted events in bulk: a batch of 1,000 is one multi-row dedup insert ({@code unnest} over arrays) and one
 * COPY into {@code events}, not 2,000 statements. Keys are claimed in sorted order, so that two batches
 * sharing events cannot deadlock on each other's dedup rows.
 */
@Component
class EventRows {

    private static final String CLAIM = "insert into event_dedup (source, event_id, occurred_at) "
            + "select s, e, o::timestamptz from unnest(?::varchar[], ?::varchar[], ?::text[]) as k(s, e, o) order by s, e "
            + "on conflict do nothing returning source, event_id, nextval('event_id_seq')";
    private static final String COPY =
            "COPY events (id, occurred_at, received_at, source, event_id, type, customer_id, contract_id, payload, "
                    + "person_ref, product_ref) "
                    + "FROM STDIN WITH (FORMAT csv)";

    /** One event ready to store. */
    record Row(
            Instant occurredAt,
            String source,
            String eventId,
            String type,
            @Nullable Long customerId,
            @Nullable Long contractId,
            String payload,
            @Nullable String personRef,
            @Nullable String productRef) {

        String key() {
            return key(source, eventId);
        }

        static String key(String source, String eventId) {
            return source + '\u0000' + eventId;
        }
    }

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    EventRows(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Claims the rows' {@code (source, eventId)} keys; answers the keys that were free, i.e. not duplicates, each with
     * the id its event gets from the event sequence (drawn in the same statement, which saves a round trip).
     */
    Map<String, Long> claim(List<Row> rows) {
        Map<String, Long> claimed = new HashMap<>();
        jdbc.query(
                CLAIM,
                ps -> {
                    Connection c = ps.getConnection();
                    ps.setArray(1, array(c, "varchar", rows.stream().map(Row::source)));
                    ps.setArray(2, array(c, "varchar", rows.stream().map(Row::eventId)));
                    ps.setArray(
                            3,
                            array(
                                    c,
                                    "text",
                                    rows.stream().map(r -> r.occurredAt().toString())));
                },
                rs -> {
                    claimed.put(Row.key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return claimed;
    }

    /**
     * Inserts the claimed rows with their ids, with COPY on the transaction's own connection: as fast as a bulk load,
     * and still committed or rolled back with the batch.
     */
    void insert(List<Row> rows, Map<String, Long> ids, Instant receivedAt) {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        String received = receivedAt.toString();
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            csv.append(ids.get(row.key()))
                    .append(',')
                    .append(row.occurredAt())
                    .append(',')
                    .append(received)
                    .append(',');
            quoted(csv, row.source()).append(',');
            quoted(csv, row.eventId()).append(',');
            quoted(csv, row.type()).append(',');
            // none for a company usage event (ADR 055): an empty unquoted field is NULL in COPY's csv format
            if (row.customerId() != null) {
                csv.append(row.customerId());
            }
            csv.append(',');
            if (row.contractId() != null) {
                csv.append(row.contractId());
            }
            csv.append(',');
            quoted(csv, row.payload()).append(',');
            if (row.personRef() != null) {
                quoted(csv, row.personRef());
            }
            csv.append(',');
            if (row.productRef() != null) {
                quoted(csv, row.productRef());
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Storing the batch's events failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static StringBuilder quoted(StringBuilder csv, String value) {
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }

    private static Array array(Connection connection, String type, Stream<String> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
