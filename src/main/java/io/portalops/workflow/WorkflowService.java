package io.portalops.workflow;

import io.portalops.directory.AccessGrantService;
import io.portalops.directory.PersonService;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.validation.FreeText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks and runs within the caller's {@link SaasScope}: ADMIN all; a SERVICE_ADMIN the tasks of their services'
 * products; a PRODUCT_ADMIN those of their products. A task outside the scope is "not found", and so is a run of which
 * the caller sees no task. Completing a task grants or revokes through {@link AccessGrantService}, in one transaction:
 * when the directory refuses (a full product, a person who has left), the task stays open and nothing changes.
 */
@Service
public class WorkflowService {

    static final String WORKERS = SaasCatalog.SAAS_ROLES;
    /** Open tasks due within this many days (today included) are "due soon", highlighted like overdue ones. */
    public static final int DUE_SOON_DAYS = 7;
    /** workflow_task.note holds 1000; evidence is kept shorter so that the grant's note built from it fits too. */
    public static final int MAX_NOTE = 900;

    private final WorkflowTaskRepository tasks;
    private final WorkflowRunRepository runs;
    private final TaskQueries queries;
    private final TaskAssembler assembler;
    private final OffboardingFigures figures;
    private final SaasScopes scopes;
    private final SaasCatalog catalog;
    private final TaskGrantEffects effects;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkflowService(
            WorkflowTaskRepository tasks,
            WorkflowRunRepository runs,
            TaskQueries queries,
            TaskAssembler assembler,
            OffboardingFigures figures,
            SaasScopes scopes,
            SaasCatalog catalog,
            TaskGrantEffects effects,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.runs = runs;
        this.queries = queries;
        this.assembler = assembler;
        this.figures = figures;
        this.scopes = scopes;
        this.catalog = catalog;
        this.effects = effects;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Open tasks first, then by due date. */
    @PreAuthorize(WORKERS)
    @Transactional(readOnly = true)
    public SliceResult<TaskListItem> search(TaskFilter filter, int offset, int limit) {
        PageWindow.require(offset, limit, PersonService.MAX_PAGE);
        SaasScope scope = scopes.current();
        Optional<Set<Long>> products = products(filter, scope);
        LocalDate today = today();
        SliceResult<WorkflowTask> slice =
                SliceResult.fromOverfetch(queries.search(filter, products, today, offset, limit), offset, limit);
        return new SliceResult<>(assembler.items(slice.items(), scope, today), offset, limit, slice.hasNext());
    }

    /** How many tasks the search would list, exact up to {@link RowCount#CAP} (ADR 036). */
    @PreAuthorize(WORKERS)
    @Transactional(readOnly = true)
    public RowCount count(TaskFilter filter) {
        Optional<Set<Long>> products = products(filter, scopes.current());
        if (products.isPresent() && products.get().isEmpty()) {
            return RowCount.exact(0);
        }
        return queries.count(filter, products, today());
    }

    /** The ids of the tasks the search would list, in the caller's scope, at most {@code limit}: for bulk actions. */
    @PreAuthorize(WORKERS)
    @Transactional(readOnly = true)
    public List<Long> matchingIds(TaskFilter filter, int limit) {
        Optional<Set<Long>> products = products(filter, scopes.current());
        if (products.isPresent() && products.get().isEmpty()) {
            return List.of();
        }
        return queries.ids(filter, products, today()).setMaxResults(limit).getResultList();
    }

    /** The products whose tasks the caller may list, narrowed to an assignee's when the filter asks. */
    private Optional<Set<Long>> products(TaskFilter filter, SaasScope scope) {
        Optional<Set<Long>> products = scope.productFilter();
        if (filter.assigneeAccountId() != null) {
            long assignee = filter.assigneeAccountId();
            Set<Long> assigned = scopes.assignees(catalog.allRefsUnscoped().keySet()).entrySet().stream()
                    .filter(e -> e.getValue().contains(assignee))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(HashSet::new));
            products.ifPresent(assigned::retainAll);
            products = Optional.of(assigned);
        }
        return products;
    }

    @PreAuthorize(WORKERS)
    @Transactional(readOnly = true)
    public TaskListItem get(long id) {
        SaasScope scope = scopes.current();
        return assembler.items(List.of(visible(id, scope)), scope, today()).getFirst();
    }

    /**
     * Does the task: grants the product (activating the person's request if there is one) or revokes the grant, and
     * records the evidence, who and when. The run completes when its last task is closed.
     */
    @PreAuthorize(WORKERS)
    @Transactional
    public TaskListItem complete(long id, @Nullable String evidence) {
        String note = requireNote(
                evidence, "evidence", "Say what was done, e.g. the ticket or the confirmation, to complete the task.");
        SaasScope scope = scopes.current();
        WorkflowTask task = requireOpen(visible(id, scope));
        WorkflowRun run = runs.findById(task.getRunId()).orElseThrow(() -> new NotFoundException("Task"));
        long grantId = effects.apply(task, run, note);
        task.close(TaskStatus.DONE, note, grantId, currentUser.require().accountId(), clock.instant());
        return finish(task, run, scope);
    }

    /** Closes the task without granting or revoking anything; the reason says why. */
    @PreAuthorize(WORKERS)
    @Transactional
    public TaskListItem skip(long id, @Nullable String reason) {
        String note = requireNote(reason, "reason", "Say why the task is skipped.");
        SaasScope scope = scopes.current();
        WorkflowTask task = requireOpen(visible(id, scope));
        WorkflowRun run = runs.findById(task.getRunId()).orElseThrow(() -> new NotFoundException("Task"));
        task.close(TaskStatus.SKIPPED, note, null, currentUser.require().accountId(), clock.instant());
        return finish(task, run, scope);
    }

    /** A run with the tasks the caller sees, and for an offboarding the seats and money it reclaimed. */
    @PreAuthorize(WORKERS)
    @Transactional(readOnly = true)
    public RunDetails run(long runId) {
        SaasScope scope = scopes.current();
        WorkflowRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("Run"));
        List<WorkflowTask> visible = tasks.findByRunIdOrderByIdAsc(runId).stream()
                .filter(t -> scope.seesProduct(t.getProductId()))
                .toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("Run");
        }
        List<TaskListItem> items = assembler.items(visible, scope, today());
        return new RunDetails(
                listItem(run, visible), items, run.getKind() == RunKind.OFFBOARDING ? figures.summary(items) : null);
    }

    /** A person's runs in which the caller sees at least one task, newest first. */
    @PreAuthorize(WORKERS)
    @Transactional(readOnly = true)
    public List<RunListItem> runsOf(long personId) {
        SaasScope scope = scopes.current();
        return runs.findByPersonIdOrderByIdDesc(personId).stream()
                .map(run -> {
                    List<WorkflowTask> visible = tasks.findByRunIdOrderByIdAsc(run.getId()).stream()
                            .filter(t -> scope.seesProduct(t.getProductId()))
                            .toList();
                    return visible.isEmpty() ? null : listItem(run, visible);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private TaskListItem finish(WorkflowTask task, WorkflowRun run, SaasScope scope) {
        try {
            WorkflowTask saved = tasks.saveAndFlush(task);
            if (saved.getReference() != null) {
                events.publishEvent(new TaskClosed(
                        saved.getId(),
                        saved.getReference(),
                        saved.getStatus(),
                        Objects.requireNonNull(saved.getNote()),
                        saved.getClosedBy(),
                        Objects.requireNonNull(saved.getClosedAt())));
            }
            if (!tasks.existsByRunIdAndStatus(run.getId(), TaskStatus.OPEN) && run.getStatus() == RunStatus.OPEN) {
                run.close(RunStatus.COMPLETED, clock.instant());
                runs.saveAndFlush(run);
            }
            return assembler.items(List.of(saved), scope, today()).getFirst();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("task");
        }
    }

    private WorkflowTask visible(long id, SaasScope scope) {
        return tasks.findById(id)
                .filter(t -> scope.seesProduct(t.getProductId()))
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    private static WorkflowTask requireOpen(WorkflowTask task) {
        if (!task.isOpen()) {
            throw new RuleViolationException(
                    "This task is " + task.getStatus().label().toLowerCase() + " already.", 409);
        }
        return task;
    }

    private static String requireNote(@Nullable String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new NoteRequiredException(field, message);
        }
        return FreeText.required(field, text, MAX_NOTE, message);
    }

    private RunListItem listItem(WorkflowRun run, List<WorkflowTask> visible) {
        int closed = (int) visible.stream().filter(t -> !t.isOpen()).count();
        return new RunListItem(
                run.getId(),
                run.getKind(),
                run.getStatus(),
                run.getPersonId(),
                run.getPersonName(),
                run.getTargetDate(),
                run.getCreatedAt(),
                run.getClosedAt(),
                closed,
                visible.size());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
