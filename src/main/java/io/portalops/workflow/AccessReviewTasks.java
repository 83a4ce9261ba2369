package io.portalops.workflow;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScopes;
import io.portalops.shared.NotFoundException;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revoke tasks that another module decided on (an access review's revoke decision): one {@link RunKind#ACCESS_REVIEW}
 * run with one task each, worked like an offboarding task by the product's admins (evidence to complete, a reason to
 * skip). No scope applies: the calling service has checked who decided, and the task joins the caller's transaction
 * so that a decision that rolls back leaves no task behind.
 */
@Component
public class AccessReviewTasks {

    private final WorkflowRunRepository runs;
    private final WorkflowTaskRepository tasks;
    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessReviewTasks(
            WorkflowRunRepository runs,
            WorkflowTaskRepository tasks,
            SaasCatalog catalog,
            SaasScopes scopes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.runs = runs;
        this.tasks = tasks;
        this.catalog = catalog;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the task and tells its assignees ({@link TaskAssigned}); returns the task id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long openRevokeTask(RevokeTaskRequest request) {
        ProductRef product = catalog.allRefsUnscoped().get(request.productId());
        if (product == null) {
            throw new NotFoundException("Product");
        }
        WorkflowRun run = runs.saveAndFlush(new WorkflowRun(
                request.personId(), request.personName(), RunKind.ACCESS_REVIEW, request.dueDate(), clock.instant()));
        WorkflowTask task = tasks.saveAndFlush(new WorkflowTask(
                run, request.productId(), request.grantId(), request.dueDate(), request.reference(), clock.instant()));
        events.publishEvent(new TaskAssigned(
                task.getId(),
                run.getId(),
                TaskKind.REVOKE,
                request.productId(),
                product.label(),
                request.personId(),
                request.personName(),
                request.dueDate(),
                scopes.assignees(Set.of(request.productId())).getOrDefault(request.productId(), Set.of())));
        return task.getId();
    }
}
