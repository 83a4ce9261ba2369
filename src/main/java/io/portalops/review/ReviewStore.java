package io.portalops.review;

import io.portalops.directory.EmploymentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The snapshot (items, reviewers, scope rows) in plain SQL, read in pages: written once at the start by
 * {@link SnapshotWriter}, and counted by {@link ReviewProgressQueries}. Decisions are JPA entities
 * ({@link ReviewDecision}) for Envers; the reads here join them, so writers flush first.
 */
@Component
class ReviewStore {

    /** A snapshot line with its decision, as stored. */
    record ItemRow(
            long id,
            long reviewId,
            long grantId,
            long personId,
            String personName,
            EmploymentStatus personStatus,
            @Nullable String department,
            long productId,
            long serviceId,
            String productLabel,
            @Nullable Instant grantedAt,
            @Nullable String grantedBy,
            @Nullable Instant lastUsedAt,
            @Nullable String suggestion,
            @Nullable Decision decision,
            @Nullable String comment,
            @Nullable Long decidedBy,
            @Nullable Instant decidedAt,
            @Nullable Long taskId,
            @Nullable String taskStatus,
            @Nullable String taskNote) {}

    private static final String ITEM_COLUMNS = """
            i.id, i.review_id, i.grant_id, i.person_id, i.person_name, i.person_status, i.department, i.product_id,
            i.service_id, i.product_label, i.granted_at, i.granted_by, i.last_used_at, i.suggestion,
            d.decision, d.comment, d.decided_by, d.decided_at, d.task_id, d.task_status, d.task_note
            """;

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> reviewedProducts(long reviewId, long accountId) {
        return new HashSet<>(
                jdbc.sql("select product_id from access_review_reviewer where review_id = ? and account_id = ?")
                        .params(reviewId, accountId)
                        .query(Long.class)
                        .list());
    }

    /** The campaigns in which the account reviews something, or which touch one of the services. */
    Set<Long> campaignsVisibleTo(long accountId, Set<Long> managedServices) {
        Set<Long> ids =
                new HashSet<>(jdbc.sql("select distinct review_id from access_review_reviewer where account_id = ?")
                        .param(accountId)
                        .query(Long.class)
                        .list());
        if (!managedServices.isEmpty()) {
            ids.addAll(jdbc.sql("select distinct review_id from access_review_item where service_id in (:services)")
                    .param("services", managedServices)
                    .query(Long.class)
                    .list());
        }
        return ids;
    }

    boolean touchesServices(long reviewId, Set<Long> services) {
        return !services.isEmpty()
                && jdbc.sql(
                                "select exists (select 1 from access_review_item where review_id = :review and service_id in (:services))")
                        .param("review", reviewId)
                        .param("services", services)
                        .query(Boolean.class)
                        .single();
    }

    /** Locks the item row, so that two reviewers deciding it at once take turns and the second sees the first. */
    Optional<ItemRow> lockItem(long reviewId, long itemId) {
        jdbc.sql("select id from access_review_item where id = ? and review_id = ? for update")
                .params(itemId, reviewId)
                .query(Long.class)
                .optional();
        return item(reviewId, itemId);
    }

    Optional<ItemRow> item(long reviewId, long itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS
                        + " from access_review_item i left join access_review_decision d on d.item_id = i.id"
                        + " where i.id = ? and i.review_id = ?")
                .params(itemId, reviewId)
                .query(ReviewStore::itemRow)
                .optional();
    }

    /** A page (plus one row, to tell whether another follows), by product then person. */
    List<ItemRow> items(long reviewId, Optional<Set<Long>> products, ItemFilter filter, int offset, int limit) {
        if (products.isPresent() && products.get().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + ITEM_COLUMNS
                + " from access_review_item i left join access_review_decision d on d.item_id = i.id"
                + " where i.review_id = :review");
        Map<String, Object> params = new HashMap<>();
        params.put("review", reviewId);
        if (products.isPresent()) {
            sql.append(" and i.product_id in (:products)");
            params.put("products", products.get());
        }
        if (filter.productId() != null) {
            sql.append(" and i.product_id = :product");
            params.put("product", filter.productId());
        }
        if (filter.decided() != null) {
            sql.append(filter.decided() ? " and d.id is not null" : " and d.id is null");
        }
        sql.append(" order by i.product_label, i.person_name, i.id offset :offset limit :limit");
        params.put("offset", offset);
        params.put("limit", limit + 1);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ReviewStore::itemRow)
                .list();
    }

    /** Undecided items of running campaigns that the account reviews. */
    long queueCount(long accountId) {
        return jdbc.sql("""
                        select count(*)
                          from access_review_reviewer r
                          join access_review a on a.id = r.review_id and a.status = 'RUNNING'
                          join access_review_item i on i.review_id = r.review_id and i.product_id = r.product_id
                         where r.account_id = ?
                           and not exists (select 1 from access_review_decision d where d.item_id = i.id)
                        """).param(accountId).query(Long.class).single();
    }

    private static ItemRow itemRow(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(15);
        return new ItemRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getString(5),
                EmploymentStatus.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getString(10),
                instant(rs.getTimestamp(11)),
                rs.getString(12),
                instant(rs.getTimestamp(13)),
                rs.getString(14),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString(16),
                rs.getObject(17, Long.class),
                instant(rs.getTimestamp(18)),
                rs.getObject(19, Long.class),
                rs.getString(20),
                rs.getString(21));
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
