package io.portalops.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import io.portalops.directory.ui.PersonWorkSection;
import io.portalops.shared.ui.Badge;
import io.portalops.shared.ui.DateFields;
import io.portalops.workflow.RunListItem;
import io.portalops.workflow.RunStatus;
import io.portalops.workflow.WorkflowService;

/** The person page's list of their onboarding and offboarding runs (those with a task the user sees), each linked. */
@org.springframework.stereotype.Component
class PersonRunsSection implements PersonWorkSection {

    private final WorkflowService workflow;

    PersonRunsSection(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public String title() {
        return "Onboarding & offboarding";
    }

    @Override
    public Component create(long personId) {
        Grid<RunListItem> grid = new Grid<>(RunListItem.class, false);
        grid.addClassName("person-runs");
        grid.addComponentColumn(r -> new RouterLink(
                        r.kind().label() + " · " + DateFields.format(r.targetDate()), RunView.class, r.id()))
                .setHeader("Run")
                .setFlexGrow(2);
        grid.addComponentColumn(r -> Badge.of(
                        r.status().label(),
                        r.status() == RunStatus.COMPLETED ? "success" : r.status() == RunStatus.OPEN ? "contrast" : ""))
                .setHeader("Status")
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addColumn(r -> r.tasksClosed() + " of " + r.tasks() + " closed")
                .setHeader("Tasks")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No onboarding or offboarding runs with tasks of your products.");
        grid.setItems(workflow.runsOf(personId));
        return grid;
    }
}
