package io.portalops.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.ui.BulkMenu;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import io.portalops.workflow.TaskExport;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Onboarding and offboarding tasks: all of them for an ADMIN, and for a service or product admin those of the
 * products they manage. Open tasks come first, by due date; overdue and due-soon rows are highlighted and say so.
 * Filters travel in the URL.
 */
@Route("tasks")
@PageTitle("Tasks")
@Menu(order = 58, icon = "vaadin:tasks", title = "Tasks")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class TasksView extends VerticalLayout implements BeforeEnterObserver {

    final TaskFilterBar filters = new TaskFilterBar(this::refresh);
    final Grid<TaskListItem> grid = new Grid<>(TaskListItem.class, false);
    final GridViews<TaskListItem> views;
    final BulkMenu<TaskListItem> bulk;
    private final RowCountLabel count;
    private final WorkflowService workflow;
    private final Clock clock;
    private final UrlFilters url =
            new UrlFilters("tasks", query -> filters.apply(query), () -> filters.toQueryParameters(), this::reload);

    TasksView(
            WorkflowService workflow,
            CurrentUserProvider currentUser,
            Clock clock,
            TaskExport export,
            Exports exports,
            GridViewStore viewStore,
            BulkActions bulkActions) {
        this.workflow = workflow;
        this.clock = clock;
        addClassName("tasks-view");
        setSizeFull();
        boolean admin = currentUser.require().has(Role.ADMIN);

        // a reclaim says why in its own words (idle since, money saved); the others by kind and product
        grid.addColumn(t -> t.reclaim() ? t.title(DateFields::format) : t.kind().label() + " " + t.productLabel())
                .setHeader("Task")
                .setKey("task")
                .setFlexGrow(3)
                .setTooltipGenerator(t -> t.title(DateFields::format));
        grid.addColumn(TaskListItem::personName)
                .setHeader("Person")
                .setKey("person")
                .setFlexGrow(2);
        grid.addColumn(t -> t.kind().label())
                .setHeader("Kind")
                .setKey("kind")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(t -> DateFields.format(t.dueDate()))
                .setHeader("Due")
                .setKey("due")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> TaskBadges.status(t.status()))
                .setHeader("Status")
                .setKey("status")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> TaskBadges.attention(t, LocalDate.now(clock)))
                .setHeader("Attention")
                .setKey("attention")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(t -> String.join(", ", t.assignees()))
                .setHeader("Assignees")
                .setKey("assignees")
                .setFlexGrow(1)
                .setTooltipGenerator(t -> String.join(", ", t.assignees()));
        grid.addComponentColumn(t -> TaskActions.of(workflow, t, this::changed, true))
                .setHeader("Actions")
                .setKey("actions")
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(TaskBadges::highlight);
        // dense text, and a long task name or assignee list wraps rather than being cut (issue #22, edge 18)
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("dense-grid");
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText(
                admin ? "No tasks match these filters." : "No tasks of your products match these filters.");
        grid.setItems(query -> workflow.search(filters.value(), query.getOffset(), query.getLimit()).items().stream());

        Span legend = new Span("Highlighted: open tasks past their due date, or due within "
                + WorkflowService.DUE_SOON_DAYS + " days.");
        legend.addClassName("tasks-legend");
        filters.addToActions(new ExportMenu(
                exports, export, () -> export.query(filters.value()).followingGrid(exportColumns())));
        views = new GridViews<>("tasks", "tasks", grid, viewStore, url);
        views.exportAs("task", "Product");
        views.exportAs("person", "Person");
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        count = new RowCountLabel(() -> workflow.count(filters.value()), "task", "tasks").follow(grid);
        toolbar.addStart(count);
        bulk = new BulkMenu<>(
                bulkActions,
                "tasks",
                grid,
                TaskListItem::id,
                () -> filters.value().parameters(),
                count::count,
                "tasks",
                this::reload);
        toolbar.addEnd(bulk);
        toolbar.addEnd(GridKeyboard.install(grid, filters, this::open).helpButton());
        add(filters, legend, toolbar, new FilterChips(filters), grid);
    }

    /** A task opens its run, where the run's other tasks and its history are. */
    private void open(TaskListItem task) {
        getUI().ifPresent(ui -> ui.navigate(RunView.class, task.runId()));
    }

    /** The filter changed, or a bulk run is over: fresh rows and count, and no selection left from before. */
    private void reload() {
        grid.getDataProvider().refreshAll();
        if (bulk != null) {
            bulk.reset();
        }
    }

    private void changed(TaskListItem task) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void refresh() {
        url.changed(this);
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
