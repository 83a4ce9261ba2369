package io.portalops.review;

import io.portalops.directory.ActiveGrant;
import io.portalops.directory.EmploymentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The snapshot (items, reviewers, scope rows) in plain SQL: written once at the start in batches (a campaign over
 * everything holds tens of thousands of items) and read in pages and counts. Decisions are JPA entities
 * ({@link ReviewDecision}) for Envers; the reads here join them, so writers flush first.
 */
@Component
class ReviewStore {

    /** A snapshot line to write. */
    record SnapshotRow(
            ActiveGrant grant,
            long serviceId,
            String productLabel,
            @Nullable String grantedBy,
            @Nullable Instant lastUsedAt,
            @Nullable String suggestion) {}

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

    record Counts(int items, int decided, int revokes, int openTasks, int mineUndecided) {}

    private static final String ITEM_COLUMNS = """
            i.id, i.review_id, i.grant_id, i.person_id, i.person_name, i.person_status, i.department, i.product_id,
            i.service_id, i.product_label, i.granted_at, i.granted_by, i.last_used_at, i.suggestion,
            d.decision, d.comment, d.decided_by, d.decided_at, d.task_id, d.task_status, d.task_note
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReviewStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
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
        java.util.Map<String, Object> params = new java.util.HashMap<>();
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

    Counts counts(long reviewId, long accountId) {
        return jdbc.sql("""
                        select count(*),
                               count(d.id),
                               count(d.id) filter (where d.decision = 'REVOKE'),
                               count(d.id) filter (where d.decision = 'REVOKE' and coalesce(d.task_status, 'OPEN') = 'OPEN'),
                               count(*) filter (where d.id is null and exists (
                                   select 1 from access_review_reviewer r
                                    where r.review_id = i.review_id and r.product_id = i.product_id and r.account_id = :account))
                          from access_review_item i left join access_review_decision d on d.item_id = i.id
                         where i.review_id = :review
                        """)
                .param("review", reviewId)
                .param("account", accountId)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    /** Account id to {items, decided} of the products they review. */
    Map<Long, int[]> reviewerProgress(long reviewId) {
        Map<Long, int[]> progress = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select r.account_id, count(i.id), count(d.id)
                          from access_review_reviewer r
                          join access_review_item i on i.review_id = r.review_id and i.product_id = r.product_id
                          left join access_review_decision d on d.item_id = i.id
                         where r.review_id = ?
                         group by r.account_id order by r.account_id
                        """).param(reviewId).query((ResultSet rs) -> {
            progress.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return progress;
    }

    List<ProductProgress> productProgress(long reviewId) {
        return jdbc.sql("""
                        select i.product_id, min(i.product_label), count(i.id), count(d.id),
                               count(d.id) filter (where d.decision = 'REVOKE')
                          from access_review_item i left join access_review_decision d on d.item_id = i.id
                         where i.review_id = ?
                         group by i.product_id order by min(i.product_label)
                        """)
                .param(reviewId)
                .query((rs, n) ->
                        new ProductProgress(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** Reviewers who still have an undecided item. */
    Set<Long> reviewersWithUndecided(long reviewId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct r.account_id
                          from access_review_reviewer r
                          join access_review_item i on i.review_id = r.review_id and i.product_id = r.product_id
                         where r.review_id = ?
                           and not exists (select 1 from access_review_decision d where d.item_id = i.id)
                        """).param(reviewId).query(Long.class).list());
    }

    /** Services with an undecided item or an open revoke task. */
    Set<Long> servicesWithOpenWork(long reviewId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct i.service_id
                          from access_review_item i left join access_review_decision d on d.item_id = i.id
                         where i.review_id = ?
                           and (d.id is null or (d.decision = 'REVOKE' and coalesce(d.task_status, 'OPEN') = 'OPEN'))
                        """).param(reviewId).query(Long.class).list());
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

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
