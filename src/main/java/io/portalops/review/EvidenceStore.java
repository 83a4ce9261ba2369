package io.portalops.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence pack's reads: every snapshot line with its decision and its revoke task's closing, in pages by id (a
 * campaign over everything holds tens of thousands of items, and an export streams).
 */
@Component
class EvidenceStore {

    /** A snapshot line, its decision and its revoke task as the evidence pack shows them. */
    record EvidenceRow(
            long itemId,
            String personName,
            String personStatus,
            @Nullable String department,
            String productLabel,
            @Nullable Instant grantedAt,
            @Nullable String grantedBy,
            @Nullable Instant lastUsedAt,
            @Nullable String suggestion,
            @Nullable String decision,
            @Nullable Long decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String comment,
            @Nullable Long taskId,
            @Nullable String taskStatus,
            @Nullable String taskNote,
            @Nullable Instant taskClosedAt) {}

    record Totals(int kept, int revoked, int undecided, int suggested, int suggestedKept) {}

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items after {@code afterId}, by id; {@code products} empty for all, else only those products' items. */
    List<EvidenceRow> page(long reviewId, Optional<Set<Long>> products, long afterId, int limit) {
        if (products.isPresent() && products.get().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("review", reviewId);
        params.put("after", afterId);
        params.put("limit", limit);
        String only = "";
        if (products.isPresent()) {
            only = " and i.product_id in (:products)";
            params.put("products", products.get());
        }
        return jdbc.sql("""
                        select i.id, i.person_name, i.person_status, i.department, i.product_label, i.granted_at,
                               i.granted_by, i.last_used_at, i.suggestion, d.decision, d.decided_by, d.decided_at,
                               d.comment, d.task_id, d.task_status, d.task_note, d.task_closed_at
                          from access_review_item i left join access_review_decision d on d.item_id = i.id
                         where i.review_id = :review and i.id > :after""" + only + """
                         order by i.id limit :limit
                        """)
                .params(params)
                .query(EvidenceStore::row)
                .list();
    }

    Totals totals(long reviewId) {
        return jdbc.sql("""
                        select count(d.id) filter (where d.decision = 'KEEP'),
                               count(d.id) filter (where d.decision = 'REVOKE'),
                               count(*) filter (where d.id is null),
                               count(*) filter (where i.suggestion is not null),
                               count(*) filter (where i.suggestion is not null and d.decision = 'KEEP')
                          from access_review_item i left join access_review_decision d on d.item_id = i.id
                         where i.review_id = ?
                        """)
                .param(reviewId)
                .query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    private static EvidenceRow row(ResultSet rs, int n) throws SQLException {
        return new EvidenceRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs.getTimestamp(6)),
                rs.getString(7),
                instant(rs.getTimestamp(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11, Long.class),
                instant(rs.getTimestamp(12)),
                rs.getString(13),
                rs.getObject(14, Long.class),
                rs.getString(15),
                rs.getString(16),
                instant(rs.getTimestamp(17)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
