package io.portalops.workflow;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the daily reminder job (#6 notifications), which runs without a user. No scope applies, so views and
 * controllers never use this class (checked by {@code WorkflowBoundaryTest}); the job decides whom to tell from the
 * assignees of each task.
 */
@Component
public class WorkflowTasks {

    private final WorkflowTaskRepository tasks;
    private final WorkflowRunRepository runs;
    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final Clock clock;

    WorkflowTasks(
            WorkflowTaskRepository tasks,
            WorkflowRunRepository runs,
            SaasCatalog catalog,
            SaasScopes scopes,
            Clock clock) {
        this.tasks = tasks;
        this.runs = runs;
        this.catalog = catalog;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Open tasks due on or before {@code dueBy}, by due date; overdue means due before today (the clock's). */
    @Transactional(readOnly = true)
    public List<TaskReminder> openTasksDueBy(LocalDate dueBy) {
        return openTasksDueBy(dueBy, LocalDate.now(clock));
    }

    /** As {@link #openTasksDueBy(LocalDate)}, with the job's own today. */
    @Transactional(readOnly = true)
    public List<TaskReminder> openTasksDueBy(LocalDate dueBy, LocalDate today) {
        List<WorkflowTask> due =
                tasks.findByStatusAndDueDateLessThanEqualOrderByDueDateAscIdAsc(TaskStatus.OPEN, dueBy);
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        Map<Long, String> people =
                runs.findAllById(due.stream().map(WorkflowTask::getRunId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(WorkflowRun::getId, WorkflowRun::getPersonName));
        Map<Long, Set<Long>> assignees =
                scopes.assignees(due.stream().map(WorkflowTask::getProductId).collect(Collectors.toSet()));
        return due.stream()
                .map(t -> new TaskReminder(
                        t.getId(),
                        t.getRunId(),
                        t.getKind(),
                        t.getProductId(),
                        products.containsKey(t.getProductId())
                                ? products.get(t.getProductId()).label()
                                : "#" + t.getProductId(),
                        t.getPersonId(),
                        people.getOrDefault(t.getRunId(), "#" + t.getPersonId()),
                        t.getDueDate(),
                        t.getDueDate().isBefore(today),
                        assignees.getOrDefault(t.getProductId(), Set.of())))
                .toList();
    }
}
