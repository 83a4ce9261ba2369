package io.portalops.workflow;

import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.RowCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;

/** Task lists with offset paging (one row more than asked, never a count): open first, then by due date. */
@Repository
class TaskQueries {

    private final EntityManager entityManager;

    TaskQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code products} empty means any product (an ADMIN); present, the tasks are limited to those products. */
    List<WorkflowTask> search(TaskFilter filter, Optional<Set<Long>> products, LocalDate today, int offset, int limit) {
        if (products.isPresent() && products.get().isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = where("select t", filter, products, today, parameters);
        jpql.append(
                " order by case when t.status = io.portalops.workflow.TaskStatus.OPEN then 0 else 1 end, t.dueDate, t.id");
        TypedQuery<WorkflowTask> query = entityManager.createQuery(jpql.toString(), WorkflowTask.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
    }

    /** How many tasks the search would list, counted in the database up to the cap (ADR 036, ADR 060). */
    RowCount count(TaskFilter filter, Optional<Set<Long>> products, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        // HQL wants an order beside a subquery's limit (criteria queries do not); the id order reads the primary key
        String ids = where("select t.id as id", filter, products, today, parameters) + " order by t.id";
        return CappedCount.of(entityManager, ids, parameters, RowCount.CAP);
    }

    /** The ids the search would list, in no order (a non-empty product scope): for bulk selections. */
    TypedQuery<Long> ids(TaskFilter filter, Optional<Set<Long>> products, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = entityManager.createQuery(
                where("select t.id", filter, products, today, parameters).toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static StringBuilder where(
            String select,
            TaskFilter filter,
            Optional<Set<Long>> products,
            LocalDate today,
            Map<String, Object> parameters) {
        StringBuilder jpql =
                new StringBuilder(select + " from WorkflowTask t join WorkflowRun r on r.id = t.runId where 1 = 1");
        products.ifPresent(ids -> and(jpql, parameters, "t.productId in :products", "products", ids));
        if (filter.status() != null) {
            and(jpql, parameters, "t.status = :status", "status", filter.status());
        }
        if (filter.kind() != null) {
            and(jpql, parameters, "t.kind = :kind", "kind", filter.kind());
        }
        if (filter.personId() != null) {
            and(jpql, parameters, "t.personId = :person", "person", filter.personId());
        }
        if (filter.personName() != null) {
            and(
                    jpql,
                    parameters,
                    "lower(r.personName) like :name escape '\\'",
                    "name",
                    "%" + escape(filter.personName()) + "%");
        }
        if (filter.dueBefore() != null) {
            and(jpql, parameters, "t.dueDate < :dueBefore", "dueBefore", filter.dueBefore());
        }
        if (filter.due() != null) {
            and(jpql, parameters, "t.status = :openStatus", "openStatus", TaskStatus.OPEN);
            if (filter.due() == DueWindow.OVERDUE) {
                and(jpql, parameters, "t.dueDate < :today", "today", today);
            } else {
                and(jpql, parameters, "t.dueDate between :today and :weekAhead", "today", today);
                parameters.put("weekAhead", today.plusDays(WorkflowService.DUE_SOON_DAYS));
            }
        }
        return jpql;
    }

    private static void and(
            StringBuilder jpql, Map<String, Object> parameters, String condition, String name, Object value) {
        jpql.append(" and ").append(condition);
        parameters.put(name, value);
    }

    private static String escape(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
