package io.portalops.contract;

import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.Chunks;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SortOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.stereotype.Repository;

/**
 * Contract search: scope, filters, whitelisted sort with the id as tie-breaker, overfetch by one. Never counts the table.
 */
@Repository
class ContractQueries {

    private final EntityManager entityManager;
    private final ApprovalPolicy policy;

    ContractQueries(EntityManager entityManager, ApprovalPolicy policy) {
        this.entityManager = entityManager;
        this.policy = policy;
    }

    List<Contract> search(
            ContractScope scope,
            long callerId,
            ContractFilter filter,
            List<SortOrder<ContractSortField>> sort,
            int offset,
            int limit) {
        return query(scope, callerId, filter, sort)
                .setFirstResult(offset)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** Every match in the search's order, a chunk at a time (exports); the persistence context is cleared between chunks. */
    void each(
            ContractScope scope,
            long callerId,
            ContractFilter filter,
            List<SortOrder<ContractSortField>> sort,
            int chunkSize,
            Consumer<List<Contract>> chunk) {
        Chunks.each(entityManager, query(scope, callerId, filter, sort), chunkSize, chunk);
    }

    /** How many contracts the search would list, counted in the database up to the cap (ADR 036, ADR 060). */
    RowCount count(ContractScope scope, long callerId, ContractFilter filter) {
        return CappedCount.of(
                entityManager,
                Contract.class,
                (cb, query, contract) -> where(cb, query, contract, scope, callerId, filter),
                RowCount.CAP);
    }

    /** The ids the search would list, by id: for bulk selections. */
    TypedQuery<Long> ids(ContractScope scope, long callerId, ContractFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Contract> contract = query.from(Contract.class);
        query.select(contract.get("id"))
                .where(where(cb, query, contract, scope, callerId, filter).toArray(Predicate[]::new))
                .orderBy(cb.asc(contract.get("id")));
        return entityManager.createQuery(query);
    }

    private TypedQuery<Contract> query(
            ContractScope scope, long callerId, ContractFilter filter, List<SortOrder<ContractSortField>> sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Contract> query = cb.createQuery(Contract.class);
        Root<Contract> contract = query.from(Contract.class);
        query.where(where(cb, query, contract, scope, callerId, filter).toArray(Predicate[]::new));
        List<Order> orders = new ArrayList<>();
        for (SortOrder<ContractSortField> order : sort) {
            var path = contract.get(order.property().attribute());
            orders.add(order.ascending() ? cb.asc(path) : cb.desc(path));
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(contract.get("updatedAt")));
        }
        orders.add(cb.asc(contract.get("id")));
        query.orderBy(orders);
        return entityManager.createQuery(query);
    }

    /**
     * The value converted to the base currency at the configured rates, so that "from 100,000" means the same money in
     * every currency; a currency without a rate converts to null and so matches no bound.
     */
    private Expression<BigDecimal> valueInBase(CriteriaBuilder cb, Root<Contract> contract) {
        CriteriaBuilder.SimpleCase<String, BigDecimal> rate = cb.selectCase(contract.get("valueCurrency"));
        policy.ratesToBase().forEach(rate::when);
        return cb.prod(contract.get("valueAmount"), rate.otherwise(cb.nullLiteral(BigDecimal.class)));
    }

    /** How many contracts wait for the caller's decision: bounded by the pending-status index, not a table count. */
    long countAwaiting(long callerId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Contract> contract = query.from(Contract.class);
        query.select(cb.count(contract))
                .where(awaiting(cb, query, contract, callerId).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    private List<Predicate> where(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Contract> contract,
            ContractScope scope,
            long callerId,
            ContractFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.all()) {
            List<Predicate> any = new ArrayList<>();
            if (scope.ownerId() != null) {
                any.add(cb.equal(contract.get("ownerId"), scope.ownerId()));
            }
            if (scope.approverId() != null) {
                any.add(cb.equal(contract.get("status"), ContractStatus.PENDING_APPROVAL));
                any.add(cb.exists(decidedBy(cb, query, contract, scope.approverId(), false)));
            }
            where.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
        }
        if (filter.awaitingMe()) {
            where.addAll(awaiting(cb, query, contract, callerId));
        }
        if (filter.status() != null) {
            where.add(cb.equal(contract.get("status"), filter.status()));
        }
        if (filter.customerId() != null) {
            where.add(cb.equal(contract.get("customerId"), filter.customerId()));
        }
        if (filter.ownerId() != null) {
            where.add(cb.equal(contract.get("ownerId"), filter.ownerId()));
        }
        if (filter.minValue() != null) {
            where.add(cb.greaterThanOrEqualTo(valueInBase(cb, contract), filter.minValue()));
            where.add(cb.greaterThanOrEqualTo(
                    contract.get("valueAmount"), ValueBounds.lowest(filter.minValue(), policy)));
        }
        if (filter.maxValue() != null) {
            where.add(cb.lessThanOrEqualTo(valueInBase(cb, contract), filter.maxValue()));
            where.add(
                    cb.lessThanOrEqualTo(contract.get("valueAmount"), ValueBounds.highest(filter.maxValue(), policy)));
        }
        if (filter.startFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(contract.get("startDate"), filter.startFrom()));
        }
        if (filter.startTo() != null) {
            where.add(cb.lessThanOrEqualTo(contract.get("startDate"), filter.startTo()));
        }
        if (filter.endFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(contract.get("endDate"), filter.endFrom()));
        }
        if (filter.endTo() != null) {
            where.add(cb.lessThanOrEqualTo(contract.get("endDate"), filter.endTo()));
        }
        if (filter.autoRenew() != null) {
            where.add(cb.equal(contract.get("autoRenew"), filter.autoRenew()));
        }
        if (filter.flagged() != null) {
            where.add(cb.equal(contract.get("flagged"), filter.flagged()));
        }
        if (filter.text() != null) {
            String text = filter.text();
            Predicate byNumber = cb.equal(contract.get("number"), text.toUpperCase(Locale.ROOT));
            if (text.length() >= 3) {
                String like = "%"
                        + text.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                where.add(cb.or(byNumber, cb.like(cb.lower(contract.get("title")), like, '\\')));
            } else {
                where.add(byNumber);
            }
        }
        return where;
    }

    private static List<Predicate> awaiting(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Contract> contract, long callerId) {
        return List.of(
                cb.equal(contract.get("status"), ContractStatus.PENDING_APPROVAL),
                cb.notEqual(contract.get("ownerId"), callerId),
                cb.or(cb.isNull(contract.get("submittedBy")), cb.notEqual(contract.get("submittedBy"), callerId)),
                cb.not(cb.exists(decidedBy(cb, query, contract, callerId, true))));
    }

    private static Subquery<Long> decidedBy(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Contract> contract,
            long approverId,
            boolean currentRoundOnly) {
        Subquery<Long> decided = query.subquery(Long.class);
        Root<ContractApproval> approval = decided.from(ContractApproval.class);
        List<Predicate> match = new ArrayList<>(List.of(
                cb.equal(approval.get("contractId"), contract.get("id")),
                cb.equal(approval.get("approverId"), approverId)));
        if (currentRoundOnly) {
            match.add(cb.equal(approval.get("round"), contract.get("approvalRound")));
        }
        return decided.select(approval.get("id")).where(match.toArray(Predicate[]::new));
    }
}
