package io.portalops.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.portalops.shared.ui.DateFields;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowService;
import java.util.function.Consumer;

/**
 * The actions of a task row in one menu (Complete, Skip, Open run), shared by the task list and the run page: two
 * buttons and a link side by side were jammed together in a narrow column and squeezed the task name.
 */
final class TaskActions {

    private TaskActions() {}

    static Component of(WorkflowService workflow, TaskListItem task, Consumer<TaskListItem> onChange, boolean runLink) {
        MenuBar menu = new MenuBar();
        menu.addClassName("task-actions");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        if (!task.actionable() && !runLink) {
            return new Span();
        }
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel("Actions for " + task.title(DateFields::format));
        var items = root.getSubMenu();
        if (task.actionable()) {
            items.addItem(
                    "Complete…",
                    click -> TaskNoteDialog.complete(workflow, task, onChange).open());
            items.addItem(
                    "Skip…",
                    click -> TaskNoteDialog.skip(workflow, task, onChange).open());
        }
        if (runLink) {
            items.addItem("Open run", click -> menu.getUI().ifPresent(ui -> ui.navigate(RunView.class, task.runId())));
        }
        return menu;
    }
}
