package io.portalops.workflow.api;

import io.portalops.directory.PersonService;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.StorableDate;
import io.portalops.shared.web.PageRequestParams;
import io.portalops.shared.web.ProblemResponses;
import io.portalops.workflow.NoteRequiredException;
import io.portalops.workflow.TaskFilter;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.TaskStatus;
import io.portalops.workflow.WorkflowService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(
        name = "Tasks",
        description = "Onboarding and offboarding tasks. ADMIN: all; SERVICE_ADMIN: the tasks of their services' "
                + "products; PRODUCT_ADMIN: those of their products. A task of any other product answers 404. Completing a task grants "
                + "or revokes the product's access; when the directory refuses (no free seat), the task stays open.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "404", description = "No such task in the caller's scope", content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class TaskController {

    private final WorkflowService workflow;

    TaskController(WorkflowService workflow) {
        this.workflow = workflow;
    }

    /** A page of tasks, open first then by due date; {@code hasNext} says whether another page follows. */
    record TaskPage(List<TaskListItem> items, int page, int size, boolean hasNext) {
        static TaskPage of(SliceResult<TaskListItem> slice, int page) {
            return new TaskPage(slice.items(), page, slice.limit(), slice.hasNext());
        }
    }

    /** Evidence of a completed task: what was done, e.g. a ticket or the vendor's confirmation. */
    record Completion(
            @Size(max = WorkflowService.MAX_NOTE) @MultiLineText @Nullable
            String evidence) {}

    /** Why a task is skipped. */
    record Skip(
            @Size(max = WorkflowService.MAX_NOTE) @MultiLineText @Nullable
            String reason) {}

    @GetMapping
    @Operation(
            operationId = "searchTasks",
            summary = "Search tasks in the caller's scope",
            description =
                    "Filters combine with AND. assignee: tasks whose assignees (the product's admins, else the service's admins) "
                            + "include this account id. dueBefore: due strictly before this day.")
    @ApiResponse(responseCode = "200", description = "A page of tasks")
    TaskPage search(
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable Long assignee,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @StorableDate @Nullable
                    LocalDate dueBefore,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(PersonService.MAX_PAGE);
        TaskFilter filter = new TaskFilter(status, null, personId, null, assignee, dueBefore, null);
        return TaskPage.of(workflow.search(filter, offset, paging.size()), paging.page());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTask", summary = "One task")
    @ApiResponse(responseCode = "200", description = "The task")
    TaskListItem get(@PathVariable long id) {
        return workflow.get(id);
    }

    @PostMapping("/{id}/complete")
    @Operation(
            operationId = "completeTask",
            summary = "Complete a task with evidence",
            description =
                    "Grants the product to the person (activating their request if there is one) or revokes their grant, and "
                            + "records the evidence, who and when. The run completes with its last task.")
    @ApiResponse(responseCode = "200", description = "The completed task")
    @ApiResponse(
            responseCode = "409",
            description = "The task is closed already, no free seat, or nothing left to revoke",
            content = @Content)
    @ApiResponse(responseCode = "422", description = "No evidence given", content = @Content)
    TaskListItem complete(@PathVariable long id, @RequestBody Completion body) {
        return workflow.complete(id, body.evidence());
    }

    @PostMapping("/{id}/skip")
    @Operation(
            operationId = "skipTask",
            summary = "Skip a task with a reason",
            description = "Nothing is granted or revoked.")
    @ApiResponse(responseCode = "200", description = "The skipped task")
    @ApiResponse(responseCode = "409", description = "The task is closed already", content = @Content)
    @ApiResponse(responseCode = "422", description = "No reason given", content = @Content)
    TaskListItem skip(@PathVariable long id, @RequestBody Skip body) {
        return workflow.skip(id, body.reason());
    }

    @ExceptionHandler(NoteRequiredException.class)
    ProblemDetail noteRequired(NoteRequiredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Note required");
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }
}
