package io.portalops.customer;

import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.Chunks;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SortOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The customer search: filters, a whitelisted sort with the id as tie-breaker, and offset paging that fetches one
 * row more than asked to tell whether more follow. Never counts the table.
 */
@Repository
class CustomerQueries {

    private final EntityManager entityManager;

    CustomerQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Blind indexes come computed, so this class never sees plaintext personal data. */
    record Criteria(
            CustomerFilter filter,
            @Nullable Long onlyOwner,
            @Nullable String emailBidx,
            @Nullable String nationalIdBidx) {}

    List<Customer> search(Criteria criteria, List<SortOrder<CustomerSortField>> sort, int offset, int limit) {
        return query(criteria, sort)
                .setFirstResult(offset)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** Every match in the search's order, a chunk at a time (exports); the persistence context is cleared between chunks. */
    void each(
            Criteria criteria, List<SortOrder<CustomerSortField>> sort, int chunkSize, Consumer<List<Customer>> chunk) {
        Chunks.each(entityManager, query(criteria, sort), chunkSize, chunk);
    }

    /** How many customers the search would list, counted in the database up to the cap (ADR 036, ADR 060). */
    RowCount count(Criteria criteria) {
        return CappedCount.of(
                entityManager,
                Customer.class,
                (cb, query, customer) -> predicates(cb, customer, criteria),
                RowCount.CAP);
    }

    private TypedQuery<Customer> query(Criteria criteria, List<SortOrder<CustomerSortField>> sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
        Root<Customer> customer = query.from(Customer.class);
        query.where(predicates(cb, customer, criteria).toArray(Predicate[]::new));

        List<Order> orders = new ArrayList<>();
        for (SortOrder<CustomerSortField> order : sort) {
            var path = customer.get(order.property().attribute());
            orders.add(order.ascending() ? cb.asc(path) : cb.desc(path));
        }
        if (orders.isEmpty()) {
            orders.add(cb.asc(customer.get("name")));
        }
        orders.add(cb.asc(customer.get("id")));
        query.orderBy(orders);

        return entityManager.createQuery(query);
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<Customer> customer, Criteria criteria) {
        CustomerFilter filter = criteria.filter();
        List<Predicate> where = new ArrayList<>();
        if (criteria.onlyOwner() != null) {
            where.add(cb.equal(customer.get("ownerId"), criteria.onlyOwner()));
        }
        if (filter.nameContains() != null) {
            String term = escapeLike(filter.nameContains().toLowerCase(Locale.ROOT));
            // Three characters or more: "contains", from the trigram index. Fewer cannot use trigrams and would scan
            // the whole table, so they match the start of the name, from the text_pattern_ops index.
            String pattern = filter.nameContains().length() >= CustomerFilter.MIN_CONTAINS_LENGTH
                    ? "%" + term + "%"
                    : term + "%";
            where.add(cb.like(cb.lower(customer.get("name")), pattern, '\\'));
        }
        if (filter.status() != null) {
            where.add(cb.equal(customer.get("status"), filter.status()));
        }
        if (filter.segment() != null) {
            where.add(cb.equal(customer.get("segment"), filter.segment()));
        }
        if (filter.country() != null) {
            where.add(cb.equal(customer.get("country"), filter.country().toUpperCase(Locale.ROOT)));
        }
        if (filter.ownerId() != null) {
            where.add(cb.equal(customer.get("ownerId"), filter.ownerId()));
        }
        if (filter.externalRef() != null) {
            where.add(cb.equal(customer.get("externalRef"), filter.externalRef()));
        }
        if (filter.email() != null) {
            where.add(cb.equal(customer.get("emailBidx"), criteria.emailBidx()));
        }
        if (filter.nationalId() != null) {
            where.add(cb.equal(customer.get("nationalIdBidx"), criteria.nationalIdBidx()));
        }
        return where;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
