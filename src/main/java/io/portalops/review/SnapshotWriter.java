package io.portalops.review;

import io.portalops.directory.ActiveGrant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a campaign's snapshot (items, reviewers, scope rows) once at its start, in batches: a campaign over
 * everything holds tens of thousands of items. {@link ReviewStore} reads it back.
 */
@Component
class SnapshotWriter {

    /** A snapshot line to write. */
    record SnapshotRow(
            ActiveGrant grant,
            long serviceId,
            String productLabel,
            @Nullable String grantedBy,
            @Nullable Instant lastUsedAt,
            @Nullable String suggestion) {}

    private final JdbcTemplate template;

    SnapshotWriter(JdbcTemplate template) {
        this.template = template;
    }

    void insertScope(long reviewId, String kind, Set<Long> ids) {
        template.batchUpdate(
                "insert into access_review_scope (review_id, ref_kind, ref_id) values (?, ?, ?)",
                ids.stream().map(id -> new Object[] {reviewId, kind, id}).toList());
    }

    void insertItems(long reviewId, List<SnapshotRow> rows) {
        template.batchUpdate("""
                insert into access_review_item (review_id, grant_id, person_id, person_name, person_status, department,
                    product_id, service_id, product_label, granted_at, granted_by, last_used_at, suggestion)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, 1000, (ps, row) -> {
            ActiveGrant g = row.grant();
            ps.setLong(1, reviewId);
            ps.setLong(2, g.grantId());
            ps.setLong(3, g.personId());
            ps.setString(4, g.personName());
            ps.setString(5, g.personStatus().name());
            ps.setString(6, g.department());
            ps.setLong(7, g.productId());
            ps.setLong(8, row.serviceId());
            ps.setString(9, row.productLabel());
            ps.setTimestamp(10, timestamp(g.grantedAt()));
            ps.setString(11, row.grantedBy());
            ps.setTimestamp(12, timestamp(row.lastUsedAt()));
            ps.setString(13, row.suggestion());
        });
    }

    void insertReviewers(long reviewId, Map<Long, Set<Long>> byProduct) {
        List<Object[]> rows = new ArrayList<>();
        byProduct.forEach((product, accounts) -> accounts.forEach(a -> rows.add(new Object[] {reviewId, product, a})));
        template.batchUpdate(
                "insert into access_review_reviewer (review_id, product_id, account_id) values (?, ?, ?)", rows);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
