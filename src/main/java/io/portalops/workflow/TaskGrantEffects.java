package io.portalops.workflow;

import io.portalops.directory.AccessGrantService;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.shared.RuleViolationException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What completing a task does to the person's access: grants the product (activating their request if there is one)
 * or revokes the grant, through {@link AccessGrantService}, which checks the caller's scope again. Called inside
 * {@link WorkflowService#complete}'s transaction, so that a refusal here leaves the task open.
 */
@Component
class TaskGrantEffects {

    private final AccessGrantService grants;

    TaskGrantEffects(AccessGrantService grants) {
        this.grants = grants;
    }

    /** The id of the grant the task ended with. */
    long apply(WorkflowTask task, WorkflowRun run, String note) {
        return task.getKind() == TaskKind.GRANT ? grant(task, run, note) : revoke(task, run, note);
    }

    private long grant(WorkflowTask task, WorkflowRun run, String note) {
        Optional<GrantListItem> current = openGrant(task);
        if (current.isPresent() && current.get().status() == GrantStatus.ACTIVE) {
            return current.get().id();
        }
        if (current.isPresent()) {
            return grants.activate(current.get().id()).id();
        }
        return grants.create(new GrantRequest(
                        task.getPersonId(),
                        task.getProductId(),
                        null,
                        GrantStatus.ACTIVE,
                        "Onboarding of " + run.getPersonName() + ": " + note))
                .id();
    }

    private long revoke(WorkflowTask task, WorkflowRun run, String note) {
        GrantListItem active = openGrant(task)
                .filter(g -> g.status() == GrantStatus.ACTIVE)
                .orElseThrow(() -> new RuleViolationException(
                        run.getPersonName()
                                + " holds no active access to this product any more; skip the task with a reason instead.",
                        409));
        return grants.revoke(active.id(), run.getKind().label() + " of " + run.getPersonName() + ": " + note)
                .id();
    }

    /** The person's open grant of the task's product: the one the task names if still open, else any. */
    private Optional<GrantListItem> openGrant(WorkflowTask task) {
        List<GrantListItem> open = grants.ofPerson(task.getPersonId()).stream()
                .filter(g -> g.productId() == task.getProductId() && g.status().open())
                .toList();
        return open.stream()
                .filter(g -> task.getGrantId() != null && g.id() == task.getGrantId())
                .findFirst()
                .or(() -> open.stream().findFirst());
    }
}
