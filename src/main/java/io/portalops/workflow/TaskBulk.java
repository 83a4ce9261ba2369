package io.portalops.workflow;

import io.portalops.bulk.AbstractBulkGrid;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkField;
import io.portalops.export.ExportParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Tasks grid's bulk actions (ADR 044): complete with one evidence note, skip with a reason, each row through the
 * same {@link WorkflowService} method as the single action, so the task's scope (a product the caller manages), its
 * state (open) and the directory's own rules when granting or revoking apply to every row. A task outside the caller's
 * scope is refused as "Not found.", like a missing one.
 */
@Component
class TaskBulk extends AbstractBulkGrid {

    private static final Set<String> WORKERS = Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN");

    private final WorkflowService workflow;

    TaskBulk(WorkflowService workflow) {
        super("tasks", TaskExport.FILTERS);
        this.workflow = workflow;
    }

    @Override
    public List<Long> matching(Map<String, String> filter, int limit) {
        return workflow.matchingIds(TaskExport.filterOf(new ExportParameters(filter, TaskExport.FILTERS)), limit);
    }

    @Override
    public List<BulkAction> actions() {
        return List.of(
                new BulkAction(
                        "complete",
                        "Complete",
                        WORKERS,
                        List.of(BulkField.text("note", "Evidence", true, WorkflowService.MAX_NOTE)),
                        fields -> {
                            String evidence = fields.require("note");
                            return id -> workflow.complete(id, evidence);
                        }),
                new BulkAction(
                        "skip",
                        "Skip",
                        WORKERS,
                        List.of(BulkField.text("reason", "Reason", true, WorkflowService.MAX_NOTE)),
                        fields -> {
                            String reason = fields.require("reason");
                            return id -> workflow.skip(id, reason);
                        }));
    }
}
