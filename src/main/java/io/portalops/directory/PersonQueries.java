package io.portalops.directory;

import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SortOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Repository;

/**
 * The people search: filters, a whitelisted sort with the id as tie-breaker, and offset paging that fetches one row
 * more than asked to tell whether more follow. Never counts the table.
 */
@Repository
class PersonQueries {

    private final EntityManager entityManager;

    PersonQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Person> search(PersonFilter filter, List<SortOrder<PersonSortField>> sort, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Person> query = cb.createQuery(Person.class);
        Root<Person> person = query.from(Person.class);
        query.where(predicates(cb, query, person, filter).toArray(Predicate[]::new));

        List<Order> orders = new ArrayList<>();
        for (SortOrder<PersonSortField> order : sort) {
            var path = person.get(order.property().attribute());
            orders.add(order.ascending() ? cb.asc(path) : cb.desc(path));
        }
        if (orders.isEmpty()) {
            orders.add(cb.asc(person.get("name")));
        }
        orders.add(cb.asc(person.get("id")));
        query.orderBy(orders);
        return entityManager
                .createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** The ids the search would list, in no order: for the capped count (ADR 036). */
    /** How many people the search would list, counted in the database up to the cap (ADR 036, ADR 060). */
    RowCount count(PersonFilter filter) {
        return CappedCount.of(
                entityManager,
                Person.class,
                (cb, query, person) -> predicates(cb, query, person, filter),
                RowCount.CAP);
    }

    TypedQuery<Long> ids(PersonFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Person> person = query.from(Person.class);
        query.select(person.get("id"))
                .where(predicates(cb, query, person, filter).toArray(Predicate[]::new));
        return entityManager.createQuery(query);
    }

    private static List<Predicate> predicates(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Person> person, PersonFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.nameContains() != null) {
            String term = escapeLike(filter.nameContains().toLowerCase(Locale.ROOT));
            String pattern =
                    filter.nameContains().length() >= PersonFilter.MIN_CONTAINS_LENGTH ? "%" + term + "%" : term + "%";
            where.add(cb.like(cb.lower(person.get("name")), pattern, '\\'));
        }
        if (filter.department() != null) {
            where.add(cb.equal(person.get("department"), filter.department()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(person.get("status"), filter.status()));
        }
        if (filter.productId() != null) {
            Subquery<Long> held = query.subquery(Long.class);
            Root<AccessGrant> grant = held.from(AccessGrant.class);
            held.select(grant.get("personId"))
                    .where(
                            cb.equal(grant.get("productId"), filter.productId()),
                            cb.equal(grant.get("status"), GrantStatus.ACTIVE),
                            cb.equal(grant.get("personId"), person.get("id")));
            where.add(cb.exists(held));
        }
        return where;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
