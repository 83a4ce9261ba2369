package io.portalops.shared.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Counts the rows of a grid's own list query, but never more than a cap: the query is run for its ids with a limit of
 * {@code cap + 1}, so a filter matching a million rows costs as much as one matching ten thousand (ADR 036). Grids page
 * without a count (STYLE 4); this is the only count they show.
 *
 * <p>The count is taken in the database ({@code select count(*) from (… limit cap + 1)}), never by reading the ids into
 * the JVM, and the capped query has no order: the first {@code cap + 1} matches in whatever order the planner finds
 * them cheapest (ADR 060).
 */
public final class CappedCount {

    private CappedCount() {}

    /** The conditions of a grid's criteria query, built on the root of the capped subquery. */
    @FunctionalInterface
    public interface Conditions<E> {
        List<Predicate> of(CriteriaBuilder cb, AbstractQuery<?> query, Root<E> root);
    }

    /**
     * The capped count of the entities {@code type} matching {@code conditions}: one statement, {@code select count(*)
     * from (select id from … where … limit cap + 1)}, built with Hibernate's derived roots.
     */
    public static <E> RowCount of(EntityManager entityManager, Class<E> type, Conditions<E> conditions, int cap) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
        JpaSubQuery<Long> ids = count.subquery(Long.class);
        Root<E> root = ids.from(type);
        Path<Long> id = root.get("id");
        id.alias("id"); // a subquery in a from clause names its columns
        ids.select(id)
                .where(conditions.of(cb, ids, root).toArray(Predicate[]::new))
                .fetch(cap + 1);
        count.from(ids);
        count.select(cb.count());
        return RowCount.ofCapped(entityManager.createQuery(count).getSingleResult(), cap);
    }

    /**
     * The capped count of an HQL query's rows: {@code select} is the grid's query for one aliased column ({@code select
     * t.id as id …}), ordered as HQL requires beside a limit (by id is cheapest), whose named parameters are {@code parameters}.
     */
    public static RowCount of(EntityManager entityManager, String select, Map<String, Object> parameters, int cap) {
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(*) from (" + select + " limit " + (cap + 1) + ") capped", Long.class);
        parameters.forEach(count::setParameter);
        return RowCount.ofCapped(count.getSingleResult(), cap);
    }

    /** The same over SQL with positional parameters: {@code select} is the grid's query without order or limit. */
    public static RowCount of(JdbcTemplate jdbc, String select, List<?> arguments, int cap) {
        Long counted = jdbc.queryForObject(
                "select count(*) from (" + select + " limit " + (cap + 1) + ") capped",
                Long.class,
                arguments.toArray());
        return RowCount.ofCapped(counted == null ? 0 : counted, cap);
    }

    /** The same over SQL with named parameters. */
    public static RowCount of(NamedParameterJdbcTemplate jdbc, String select, SqlParameterSource parameters, int cap) {
        Long counted = jdbc.queryForObject(
                "select count(*) from (" + select + " limit " + (cap + 1) + ") capped", parameters, Long.class);
        return RowCount.ofCapped(counted == null ? 0 : counted, cap);
    }
}
