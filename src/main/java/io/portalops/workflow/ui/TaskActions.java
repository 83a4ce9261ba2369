package io.portalops.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowService;
import java.util.function.Consumer;

/** The Complete and Skip buttons of a task row (for a caller who may work it), shared by the task list and the run page. */
final class TaskActions {

    private TaskActions() {}

    static HorizontalLayout of(
            WorkflowService workflow, TaskListItem task, Consumer<TaskListItem> onChange, boolean runLink) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("task-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (task.actionable()) {
            Button complete = new Button(
                    "Complete",
                    VaadinIcon.CHECK.create(),
                    click -> TaskNoteDialog.complete(workflow, task, onChange).open());
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button skip = new Button(
                    "Skip",
                    click -> TaskNoteDialog.skip(workflow, task, onChange).open());
            skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(complete, skip);
        }
        if (runLink) {
            actions.add(new RouterLink("Run", RunView.class, task.runId()));
        }
        return actions;
    }
}
