package io.portalops.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.shared.Money;
import io.portalops.shared.ui.Badge;
import io.portalops.shared.ui.DateFields;
import io.portalops.workflow.OffboardingSummary;
import io.portalops.workflow.RunDetails;
import io.portalops.workflow.RunListItem;
import io.portalops.workflow.RunStatus;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * One onboarding or offboarding run: progress, its tasks (those the user may see) with their actions, and for an
 * offboarding the seats and monthly money reclaimed. A run of which the user sees no task is not found.
 */
@Route("tasks/runs")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class RunView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final WorkflowService workflow;
    private final Clock clock;
    final H2 title = new H2();
    final Span subtitle = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div summary = new Div();
    final Grid<TaskListItem> grid = new Grid<>(TaskListItem.class, false);
    private final Span status = new Span();
    private long runId;

    RunView(WorkflowService workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
        addClassName("run-view");
        setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(Alignment.BASELINE);
        subtitle.addClassName("run-subtitle");
        progress.addClassName("run-progress");
        summary.addClassName("run-summary");
        grid.addComponentColumn(RunView::product).setHeader("Product").setFlexGrow(2);
        grid.addColumn(t -> t.kind().label()).setHeader("Kind").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(t -> DateFields.format(t.dueDate()))
                .setHeader("Due")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> TaskBadges.status(t.status()))
                .setHeader("Status")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> TaskBadges.attention(t, LocalDate.now(clock)))
                .setHeader("Attention")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(t -> t.note() == null ? "" : t.note() + (t.closedBy() == null ? "" : " (" + t.closedBy() + ")"))
                .setHeader("Evidence / reason")
                .setFlexGrow(2)
                .setTooltipGenerator(t -> t.note() == null ? "" : t.note());
        grid.addColumn(t -> String.join(", ", t.assignees()))
                .setHeader("Assignees")
                .setFlexGrow(1);
        grid.addComponentColumn(t -> TaskActions.of(workflow, t, changed -> load(), false))
                .setHeader("Actions")
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(TaskBadges::highlight);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        add(
                new RouterLink("← Tasks", TasksView.class),
                heading,
                subtitle,
                new HorizontalLayout(progress, progressText),
                summary,
                grid);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        runId = parameter;
        try {
            load();
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void load() {
        RunDetails details = workflow.run(runId);
        RunListItem run = details.run();
        title.setText(run.kind().label() + " of " + run.personName());
        status.removeAll();
        status.add(Badge.of(
                run.status().label(),
                run.status() == RunStatus.COMPLETED ? "success" : run.status() == RunStatus.OPEN ? "contrast" : ""));
        subtitle.removeAll();
        subtitle.add(
                new Span((switch (run.kind()) {
                            case ONBOARDING -> "Starts ";
                            case OFFBOARDING -> "Leaves ";
                            case ACCESS_REVIEW -> "Access review due ";
                            case RECLAIM -> "Proposed ";
                        })
                        + DateFields.format(run.targetDate()) + " · "),
                new Anchor("directory/people/" + run.personId(), "Person page"));
        progress.setValue(run.progress());
        progressText.setText(run.tasksClosed() + " of " + run.tasks() + " tasks closed");
        summary.removeAll();
        OffboardingSummary figures = details.summary();
        summary.setVisible(figures != null);
        if (figures != null) {
            String money = figures.monthlySaved().isEmpty()
                    ? "nothing"
                    : figures.monthlySaved().stream().map(Money::format).collect(Collectors.joining(" + "));
            summary.add(new Span(figures.seatsReclaimed() + (figures.seatsReclaimed() == 1 ? " seat" : " seats")
                    + " reclaimed · " + money + " a month saved"));
        }
        grid.setItems(details.tasks());
    }

    /** A reclaim names its reason and links to the product's seats, where the grant and its last use are listed. */
    static Component product(TaskListItem task) {
        if (!task.reclaim()) {
            return new Span(task.productLabel());
        }
        Anchor seats = new Anchor("usage/products/" + task.productId(), task.title(DateFields::format));
        seats.getElement().setAttribute("title", "Open the seat usage of " + task.productLabel());
        return seats;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Tasks";
    }
}
