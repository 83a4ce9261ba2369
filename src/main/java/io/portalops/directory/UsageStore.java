package io.portalops.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code product_use} table: last use per person and product. Writes are one multi-row upsert that keeps the
 * greater time, so an older use never moves a newer one back and concurrent writers keep the maximum; rows are
 * written in key order, so that two batches sharing pairs cannot deadlock.
 */
@Repository
class UsageStore {

    private static final String UPSERT =
            "insert into product_use (person_id, product_id, last_used_at, source, updated_at) "
                    + "select p, d, t, s, now() from unnest(?::bigint[], ?::bigint[], ?::timestamptz[], ?::varchar[]) "
                    + "as u(p, d, t, s) order by p, d "
                    + "on conflict (person_id, product_id) do update set "
                    + "source = case when excluded.last_used_at > product_use.last_used_at then excluded.source "
                    + "else product_use.source end, "
                    + "last_used_at = greatest(product_use.last_used_at, excluded.last_used_at), updated_at = now()";

    /** One resolved use. */
    record Use(long personId, long productId, Instant at, String source) {}

    private final JdbcTemplate jdbc;

    UsageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the uses; several of the same pair collapse to the latest first, as one statement may not touch a row twice. */
    void record(Collection<Use> uses) {
        Map<PersonProduct, Use> latest = new HashMap<>();
        for (Use use : uses) {
            latest.merge(
                    new PersonProduct(use.personId(), use.productId()), use, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        if (latest.isEmpty()) {
            return;
        }
        List<Use> rows = latest.values().stream()
                .sorted(Comparator.comparingLong(Use::personId).thenComparingLong(Use::productId))
                .toList();
        jdbc.update(UPSERT, ps -> {
            var c = ps.getConnection();
            ps.setArray(
                    1,
                    c.createArrayOf("bigint", rows.stream().map(Use::personId).toArray()));
            ps.setArray(
                    2,
                    c.createArrayOf("bigint", rows.stream().map(Use::productId).toArray()));
            ps.setArray(
                    3,
                    c.createArrayOf(
                            "timestamptz",
                            rows.stream().map(u -> Timestamp.from(u.at())).toArray()));
            ps.setArray(
                    4, c.createArrayOf("varchar", rows.stream().map(Use::source).toArray()));
        });
    }

    Map<PersonProduct, Instant> lastUses(Collection<PersonProduct> pairs) {
        Map<PersonProduct, Instant> found = new HashMap<>();
        if (pairs.isEmpty()) {
            return found;
        }
        List<PersonProduct> keys = List.copyOf(Set.copyOf(pairs));
        jdbc.query(
                "select u.person_id, u.product_id, u.last_used_at from product_use u "
                        + "join unnest(?::bigint[], ?::bigint[]) as k(p, d) on u.person_id = k.p and u.product_id = k.d",
                ps -> {
                    var c = ps.getConnection();
                    ps.setArray(
                            1,
                            c.createArrayOf(
                                    "bigint",
                                    keys.stream().map(PersonProduct::personId).toArray()));
                    ps.setArray(
                            2,
                            c.createArrayOf(
                                    "bigint",
                                    keys.stream().map(PersonProduct::productId).toArray()));
                },
                rs -> {
                    found.put(
                            new PersonProduct(rs.getLong(1), rs.getLong(2)),
                            rs.getTimestamp(3).toInstant());
                });
        return found;
    }

    /** A product's active grants with their people and last use, by name. */
    List<SeatUse> activeSeats(long productId) {
        return jdbc.query(
                "select g.id, g.person_id, p.name, p.status, g.granted_at, u.last_used_at from access_grant g "
                        + "join person p on p.id = g.person_id "
                        + "left join product_use u on u.person_id = g.person_id and u.product_id = g.product_id "
                        + "where g.product_id = ? and g.status = 'ACTIVE' order by p.name, g.id",
                (rs, n) -> new SeatUse(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        EmploymentStatus.valueOf(rs.getString(4)),
                        productId,
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))),
                productId);
    }

    /**
     * Active grants per product counted by use, each product against its own cutoff: one grouped query over the
     * grants of the given products (served by access_grant_product_idx and the product_use key).
     */
    Map<Long, SeatCounts> seatCounts(Map<Long, Instant> cutoffs) {
        Map<Long, SeatCounts> counts = new HashMap<>();
        if (cutoffs.isEmpty()) {
            return counts;
        }
        List<Map.Entry<Long, Instant>> entries = List.copyOf(cutoffs.entrySet());
        jdbc.query(
                "select g.product_id, "
                        + "count(*) filter (where u.last_used_at >= k.cutoff), "
                        + "count(*) filter (where u.last_used_at < k.cutoff), "
                        + "count(*) filter (where u.last_used_at is null), "
                        + "count(*) filter (where coalesce(u.last_used_at, g.granted_at, g.requested_at) < k.cutoff) "
                        + "from unnest(?::bigint[], ?::timestamptz[]) as k(product_id, cutoff) "
                        + "join access_grant g on g.product_id = k.product_id and g.status = 'ACTIVE' "
                        + "left join product_use u on u.person_id = g.person_id and u.product_id = g.product_id "
                        + "group by g.product_id",
                ps -> {
                    var c = ps.getConnection();
                    ps.setArray(
                            1,
                            c.createArrayOf(
                                    "bigint",
                                    entries.stream().map(Map.Entry::getKey).toArray()));
                    ps.setArray(
                            2,
                            c.createArrayOf(
                                    "timestamptz",
                                    entries.stream()
                                            .map(e -> Timestamp.from(e.getValue()))
                                            .toArray()));
                },
                rs -> {
                    long product = rs.getLong(1);
                    counts.put(
                            product, new SeatCounts(product, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                });
        return counts;
    }

    /** People by the refs a producer may send: email (any case) or employee number. */
    Map<String, Long> peopleByRef(Collection<String> refs) {
        Map<String, Long> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        String[] keys = refs.stream().map(r -> r.strip()).distinct().toArray(String[]::new);
        jdbc.query(
                "select k.ref, p.id from unnest(?::varchar[]) as k(ref) "
                        + "join person p on lower(p.email) = lower(k.ref) or p.employee_number = k.ref",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", keys)),
                rs -> {
                    found.putIfAbsent(rs.getString(1), rs.getLong(2));
                });
        return found;
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
