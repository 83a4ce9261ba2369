package io.portalops.review;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts over a campaign's snapshot and its decisions: progress per reviewer and product, and who has work left. */
@Component
class ReviewProgressQueries {

    record Counts(int items, int decided, int revokes, int openTasks, int mineUndecided) {}

    private final JdbcClient jdbc;

    ReviewProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Map<Long, int[]> progress = new LinkedHashMap<>();
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
}
