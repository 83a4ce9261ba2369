package io.portalops.workflow;

import io.portalops.directory.DirectoryLookups;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.HeldAccess;
import io.portalops.directory.PersonListItem;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a person's onboarding and offboarding runs in line with the person as they are now (ADR 011). Idempotent: it
 * adds only the tasks a run lacks (one per product, also held by a unique key), moves open tasks' due dates, and
 * cancels a run whose reason went away. A run with nothing to do is not created.
 */
@Component
class RunPlanner {

    private final DirectoryLookups directory;
    private final AccessProfiles profiles;
    private final WorkflowRunRepository runs;
    private final WorkflowTaskRepository tasks;
    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int leadDays;

    RunPlanner(
            DirectoryLookups directory,
            AccessProfiles profiles,
            WorkflowRunRepository runs,
            WorkflowTaskRepository tasks,
            SaasCatalog catalog,
            SaasScopes scopes,
            ApplicationEventPublisher events,
            Clock clock,
            WorkflowProperties properties) {
        this.directory = directory;
        this.profiles = profiles;
        this.runs = runs;
        this.tasks = tasks;
        this.catalog = catalog;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
        this.leadDays = properties.onboardingLeadDays();
    }

    int leadDays() {
        return leadDays;
    }

    @Transactional
    void follow(long personId, boolean created) {
        PersonListItem person = directory
                .person(personId)
                .orElseThrow(() -> new IllegalStateException("Person " + personId + " vanished"));
        LocalDate today = LocalDate.now(clock);
        List<HeldAccess> held = directory.openGrants(personId);
        followOnboarding(person, created, held, today);
        followOffboarding(person, held, today);
    }

    /**
     * A start that is still ahead (pending start, or created active with a future start date) gets a run. A person
     * who has started keeps an open run (the access is still owed); one whose start date was removed or who is
     * leaving has their run cancelled.
     */
    private void followOnboarding(PersonListItem person, boolean created, List<HeldAccess> held, LocalDate today) {
        LocalDate start = person.startDate();
        Optional<WorkflowRun> open =
                runs.findByPersonIdAndKindAndStatus(person.id(), RunKind.ONBOARDING, RunStatus.OPEN);
        boolean starting = start != null
                && (person.status() == EmploymentStatus.PENDING_START
                        || (created && person.status() == EmploymentStatus.ACTIVE && start.isAfter(today)));
        boolean keep = start != null
                && (person.status() == EmploymentStatus.PENDING_START || person.status() == EmploymentStatus.ACTIVE);
        if (open.isPresent() && !keep) {
            cancel(open.get());
            return;
        }
        if (start == null
                || (open.isEmpty() && !starting)
                || (open.isEmpty()
                        && runs.existsByPersonIdAndKindAndStatusAndTargetDate(
                                person.id(), RunKind.ONBOARDING, RunStatus.COMPLETED, start))) {
            return;
        }
        Set<Long> active = held.stream()
                .filter(HeldAccess::active)
                .map(HeldAccess::productId)
                .collect(Collectors.toSet());
        Map<Long, @Nullable Long> wanted = new LinkedHashMap<>();
        profiles.productsFor(person.department(), person.title()).stream()
                .filter(p -> !active.contains(p))
                .forEach(p -> wanted.put(p, null));
        sync(open, person, RunKind.ONBOARDING, start, start.minusDays(leadDays), wanted);
    }

    /** Leaving (due on the end date) or gone (due today): revoke every active grant. Back to active cancels the run. */
    private void followOffboarding(PersonListItem person, List<HeldAccess> held, LocalDate today) {
        Optional<WorkflowRun> open =
                runs.findByPersonIdAndKindAndStatus(person.id(), RunKind.OFFBOARDING, RunStatus.OPEN);
        boolean leaving = (person.status() == EmploymentStatus.LEAVING && person.endDate() != null)
                || person.status() == EmploymentStatus.LEFT;
        if (!leaving) {
            open.ifPresent(this::cancel);
            return;
        }
        LocalDate end = person.endDate() != null ? person.endDate() : today;
        if (open.isEmpty()
                && runs.existsByPersonIdAndKindAndStatusAndTargetDate(
                        person.id(), RunKind.OFFBOARDING, RunStatus.COMPLETED, end)) {
            return;
        }
        Map<Long, @Nullable Long> wanted = new LinkedHashMap<>();
        held.stream().filter(HeldAccess::active).forEach(g -> wanted.put(g.productId(), g.grantId()));
        sync(open, person, RunKind.OFFBOARDING, end, person.status() == EmploymentStatus.LEFT ? today : end, wanted);
    }

    /** {@code wanted}: product to the grant a task is about (revoke), or null (grant). */
    private void sync(
            Optional<WorkflowRun> open,
            PersonListItem person,
            RunKind kind,
            LocalDate target,
            LocalDate due,
            Map<Long, @Nullable Long> wanted) {
        WorkflowRun run;
        List<WorkflowTask> existing;
        if (open.isPresent()) {
            run = open.get();
            run.follow(person.name(), target);
            existing = tasks.findByRunIdOrderByIdAsc(run.getId());
            existing.stream().filter(WorkflowTask::isOpen).forEach(t -> t.reschedule(due));
        } else {
            Map<Long, ProductRef> known = catalog.allRefsUnscoped();
            if (wanted.keySet().stream().noneMatch(known::containsKey)) {
                return;
            }
            run = runs.saveAndFlush(new WorkflowRun(person.id(), person.name(), kind, target, clock.instant()));
            existing = List.of();
        }
        Set<Long> planned = existing.stream().map(WorkflowTask::getProductId).collect(Collectors.toSet());
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        List<WorkflowTask> added = wanted.entrySet().stream()
                .filter(e -> !planned.contains(e.getKey()) && products.containsKey(e.getKey()))
                .map(e -> new WorkflowTask(run, e.getKey(), e.getValue(), due, clock.instant()))
                .toList();
        List<WorkflowTask> saved = tasks.saveAllAndFlush(added);
        if (!saved.isEmpty()) {
            Map<Long, Set<Long>> assignees = scopes.assignees(
                    saved.stream().map(WorkflowTask::getProductId).toList());
            for (WorkflowTask task : saved) {
                events.publishEvent(new TaskAssigned(
                        task.getId(),
                        run.getId(),
                        task.getKind(),
                        task.getProductId(),
                        Objects.requireNonNull(products.get(task.getProductId()))
                                .label(),
                        person.id(),
                        person.name(),
                        task.getDueDate(),
                        assignees.getOrDefault(task.getProductId(), Set.of())));
            }
        }
        runs.saveAndFlush(run);
    }

    /** Open tasks are cancelled; done and skipped ones stay as they were. */
    private void cancel(WorkflowRun run) {
        tasks.findByRunIdOrderByIdAsc(run.getId()).stream()
                .filter(WorkflowTask::isOpen)
                .forEach(t -> t.close(
                        TaskStatus.CANCELLED,
                        "Cancelled: the person's " + (run.getKind() == RunKind.ONBOARDING ? "start" : "leave")
                                + " was called off.",
                        null,
                        null,
                        clock.instant()));
        run.close(RunStatus.CANCELLED, clock.instant());
        runs.saveAndFlush(run);
    }
}
