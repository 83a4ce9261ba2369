package io.portalops.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;

/** Grant lists with offset paging (one row more than asked, never a count), limited to the products in scope. */
@Repository
class GrantQueries {

    private final EntityManager entityManager;

    GrantQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first. {@code products} empty means any product (an ADMIN). */
    List<AccessGrant> search(GrantFilter filter, Optional<Set<Long>> products, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AccessGrant> query = cb.createQuery(AccessGrant.class);
        Root<AccessGrant> grant = query.from(AccessGrant.class);
        query.where(where(cb, grant, filter, products)).orderBy(cb.desc(grant.get("id")));
        return entityManager
                .createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** The ids {@link #search} would list, newest first, at most {@code limit}: for bulk actions. */
    List<Long> ids(GrantFilter filter, Optional<Set<Long>> products, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AccessGrant> grant = query.from(AccessGrant.class);
        query.select(grant.get("id")).where(where(cb, grant, filter, products)).orderBy(cb.desc(grant.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    private static Predicate[] where(
            CriteriaBuilder cb, Root<AccessGrant> grant, GrantFilter filter, Optional<Set<Long>> products) {
        List<Predicate> where = new ArrayList<>();
        products.ifPresent(ids -> where.add(
                ids.isEmpty() ? cb.disjunction() : grant.get("productId").in(ids)));
        if (filter.personId() != null) {
            where.add(cb.equal(grant.get("personId"), filter.personId()));
        }
        if (filter.productId() != null) {
            where.add(cb.equal(grant.get("productId"), filter.productId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(grant.get("status"), filter.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The active grants of a product with their people, by name. */
    List<Object[]> holders(long productId, String search, int offset, int limit) {
        return entityManager
                .createQuery(
                        "select g, p from AccessGrant g join Person p on p.id = g.personId "
                                + "where g.productId = :product and g.status = :status" + HOLDER_SEARCH
                                + " order by p.name, p.id",
                        Object[].class)
                .setParameter("product", productId)
                .setParameter("status", GrantStatus.ACTIVE)
                .setParameter("search", like(search))
                .setFirstResult(offset)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** Bounded by one product's active grants (its seats), so a count is cheap here. */
    long holderCount(long productId, String search) {
        return entityManager
                .createQuery(
                        "select count(g) from AccessGrant g join Person p on p.id = g.personId "
                                + "where g.productId = :product and g.status = :status" + HOLDER_SEARCH,
                        Long.class)
                .setParameter("product", productId)
                .setParameter("status", GrantStatus.ACTIVE)
                .setParameter("search", like(search))
                .getSingleResult();
    }

    private static final String HOLDER_SEARCH =
            " and (lower(p.name) like :search escape '\\' or lower(coalesce(p.department, '')) like :search escape '\\')";

    private static String like(String search) {
        return "%"
                + search.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }
}
