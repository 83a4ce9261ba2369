package io.portalops.workflow;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import io.portalops.export.PagedRows;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Tasks grid as an export: open tasks first, then by due date, in the caller's scope. */
@Component
public class TaskExport extends GridExport {

    static final List<String> HEADERS = List.of(
            "Kind",
            "Status",
            "Person",
            "Product",
            "Due",
            "Overdue",
            "Assignees",
            "Note",
            "Closed by",
            "Closed at",
            "Created");

    static final Set<String> FILTERS = Set.of("status", "kind", "personId", "person", "assignee", "dueBefore", "due");

    private final WorkflowService workflow;

    TaskExport(WorkflowService workflow) {
        super("tasks", "Tasks", HEADERS, Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"), FILTERS);
        this.workflow = workflow;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(filterOf(p));
    }

    /** The filter named as on {@code GET /api/tasks} and the export: shared with the bulk actions (TaskBulk). */
    static TaskFilter filterOf(ExportParameters p) {
        return new TaskFilter(
                p.enumValue("status", TaskStatus.class),
                p.enumValue("kind", TaskKind.class),
                p.id("personId"),
                p.text("person"),
                p.id("assignee"),
                p.date("dueBefore"),
                p.enumValue("due", DueWindow.class));
    }

    public ExportQuery query(TaskFilter f) {
        return exportOf(
                ExportQuery.filters(
                        "status",
                        f.status(),
                        "kind",
                        f.kind(),
                        "personId",
                        f.personId(),
                        "person",
                        f.personName(),
                        "assignee",
                        f.assigneeAccountId(),
                        "dueBefore",
                        f.dueBefore(),
                        "due",
                        f.due()),
                PagedRows.of(
                        (offset, limit) -> workflow.search(f, offset, limit),
                        t -> Arrays.asList(
                                t.kind().name(),
                                t.status().name(),
                                t.personName(),
                                t.productLabel(),
                                t.dueDate(),
                                t.overdue(),
                                String.join(", ", t.assignees()),
                                t.note(),
                                t.closedBy(),
                                t.closedAt(),
                                t.createdAt())));
    }
}
