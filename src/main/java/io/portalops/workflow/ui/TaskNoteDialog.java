package io.portalops.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Completes a task with its evidence, or skips it with a reason. A refusal (no free seat, nothing left to revoke) is
 * shown and the dialog stays open, so that the user can skip instead; the task is unchanged.
 */
class TaskNoteDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button confirm = new Button();

    static TaskNoteDialog complete(WorkflowService workflow, TaskListItem task, Consumer<TaskListItem> onDone) {
        String effect = task.kind() == TaskKind.GRANT
                ? task.personName() + " gets access to " + task.productLabel() + "."
                : task.personName() + " loses access to " + task.productLabel()
                        + (task.perSeat() ? "; the seat becomes free." : ".");
        return new TaskNoteDialog(
                "Complete task",
                task,
                effect,
                "Evidence",
                "e.g. the ticket, or the vendor's confirmation",
                "Complete",
                text -> workflow.complete(task.id(), text),
                "Task completed",
                onDone);
    }

    static TaskNoteDialog skip(WorkflowService workflow, TaskListItem task, Consumer<TaskListItem> onDone) {
        return new TaskNoteDialog(
                "Skip task",
                task,
                "Nothing is granted or revoked.",
                "Reason",
                "Why is this not needed?",
                "Skip",
                text -> workflow.skip(task.id(), text),
                "Task skipped",
                onDone);
    }

    private TaskNoteDialog(
            String heading,
            TaskListItem task,
            String effect,
            String label,
            String placeholder,
            String action,
            Function<String, TaskListItem> save,
            String done,
            Consumer<TaskListItem> onDone) {
        setHeaderTitle(heading);
        addClassName("task-note-dialog");
        add(new Paragraph(task.title(DateFields::format) + ". " + effect));
        note.setLabel(label);
        note.setPlaceholder(placeholder);
        note.setRequiredIndicatorVisible(true);
        FormConstraints.limit(note, WorkflowService.MAX_NOTE);
        note.setWidthFull();
        add(note);
        setWidth("min(30rem, 95vw)");
        confirm.setText(action);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                TaskListItem saved = save.apply(note.getValue());
                Notifications.success(done);
                close();
                onDone.accept(saved);
            } catch (InvalidInputException e) {
                FieldErrors.show(note, e.getMessage());
            } catch (RuleViolationException e) {
                Notifications.error(e.getMessage());
            } catch (NotFoundException | StaleDataException e) {
                Notifications.error(e.getMessage());
                close();
                onDone.accept(task);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
