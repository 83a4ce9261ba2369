package io.portalops.jobs.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.jobs.JobRunItem;
import io.portalops.jobs.JobStatus;
import io.portalops.jobs.Jobs;
import io.portalops.jobs.ModuleEventPublications;
import io.portalops.jobs.PendingPublication;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Admin screen: every scheduled job with its schedule, last run, next run and the node holding its lock, the run
 * history of the selected job, and "run now" (recorded with the admin's name). Below them, the module events whose
 * listener has not completed (ADR 025), each with "resubmit".
 */
@Route("admin/jobs")
@PageTitle("Jobs")
@Menu(order = 97, icon = "vaadin:clock", title = "Jobs")
@RolesAllowed("ADMIN")
public class JobsView extends VerticalLayout {

    final Grid<JobStatus> grid = new Grid<>(JobStatus.class, false);
    final Grid<JobRunItem> runs = new Grid<>(JobRunItem.class, false);
    final H3 runsTitle = new H3();
    final Grid<PendingPublication> pending = new Grid<>(PendingPublication.class, false);
    final H3 pendingTitle = new H3();
    private final Jobs jobs;
    private final ModuleEventPublications publications;

    JobsView(Jobs jobs, ModuleEventPublications publications) {
        this.jobs = jobs;
        this.publications = publications;
        setSizeFull();
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        add(new HorizontalLayout(
                new Span("Jobs run once per tick across all app nodes; the lock column shows who runs one now."),
                refresh));

        grid.addComponentColumn(JobsView::jobCell).setHeader("Job").setFlexGrow(3);
        grid.addComponentColumn(JobsView::scheduleCell)
                .setHeader("Schedule")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(status -> lastRunCell(status.lastRun()))
                .setHeader("Last run")
                .setWidth("22rem")
                .setFlexGrow(0);
        grid.addColumn(status -> JobTimes.at(status.nextRun()))
                .setHeader("Next run")
                .setWidth("11.5rem")
                .setFlexGrow(0);
        grid.addColumn(status -> status.lockedBy() == null ? "Free" : status.lockedBy())
                .setHeader("Lock")
                .setTooltipGenerator(status -> status.lockedBy() == null
                        ? "Nobody runs it now"
                        : status.lockedBy() + " until " + JobTimes.at(status.lockedUntil()))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::runNowButton).setWidth("8.5rem").setFlexGrow(0);
        // the list scrolls within the page, so the run history of the selected job stays in view below it
        grid.addClassName("jobs-grid");
        grid.setMinHeight("16rem");
        grid.addSelectionListener(
                selection -> showRuns(selection.getFirstSelectedItem().orElse(null)));

        runs.addColumn(run -> JobTimes.at(run.startedAt()))
                .setHeader("Started")
                .setWidth("11rem")
                .setFlexGrow(0);
        runs.addColumn(run -> run.trigger().label() + (run.requestedBy() == null ? "" : " by " + run.requestedBy()))
                .setHeader("Trigger")
                .setWidth("12rem")
                .setFlexGrow(0);
        runs.addColumn(JobRunItem::node).setHeader("Node").setWidth("12rem").setFlexGrow(0);
        runs.addComponentColumn(run -> JobBadges.outcome(run.outcome()))
                .setHeader("Outcome")
                .setWidth("10rem")
                .setFlexGrow(0);
        runs.addColumn(run -> JobTimes.duration(run.duration()))
                .setHeader("Duration")
                .setWidth("7rem")
                .setFlexGrow(0);
        runs.addColumn(run -> run.error() != null ? run.error() : run.summary() == null ? "" : run.summary())
                .setHeader("Result")
                .setFlexGrow(1);
        runs.setHeight("16rem");
        runsTitle.setText("Select a job to see its runs");
        runsTitle.addClassName("section-title");
        add(grid, runsTitle, runs);
        setFlexGrow(1, grid);

        pendingTitle.addClassName("section-title");
        pending.addColumn(PendingPublication::listenerId).setHeader("Listener").setFlexGrow(3);
        pending.addColumn(PendingPublication::eventType).setHeader("Event").setFlexGrow(2);
        pending.addColumn(p -> JobTimes.at(p.publishedAt()))
                .setHeader("Published")
                .setWidth("11rem")
                .setFlexGrow(0);
        pending.addColumn(p -> p.status() == null ? "" : p.status() + " · " + p.attempts() + " attempts")
                .setHeader("Status")
                .setWidth("12rem")
                .setFlexGrow(0);
        pending.addComponentColumn(this::resubmitButton).setWidth("9rem").setFlexGrow(0);
        pending.setAllRowsVisible(true);
        add(pendingTitle, pending);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    void refresh() {
        JobStatus selected = grid.getSelectedItems().stream().findFirst().orElse(null);
        List<JobStatus> statuses = jobs.list();
        grid.setItems(statuses);
        if (selected != null) {
            statuses.stream()
                    .filter(s -> s.name().equals(selected.name()))
                    .findFirst()
                    .ifPresent(grid::select);
        }
        List<PendingPublication> open = publications.incomplete();
        pendingTitle.setText(
                open.isEmpty() ? "Module events: all delivered" : "Module events not yet delivered: " + open.size());
        pending.setItems(open);
        pending.setVisible(!open.isEmpty());
    }

    private Component resubmitButton(PendingPublication publication) {
        Button button = new Button("Resubmit", VaadinIcon.REFRESH.create(), click -> resubmit(publication));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Resubmit " + publication.eventType() + " to " + publication.listenerId());
        return button;
    }

    void resubmit(PendingPublication publication) {
        try {
            publications.resubmit(publication.id());
            Notifications.success("Resubmitted to " + publication.listenerId());
        } catch (RuntimeException e) {
            Notifications.error("Could not resubmit: " + e.getMessage());
        }
        refresh();
    }

    private void showRuns(@Nullable JobStatus job) {
        if (job == null) {
            runsTitle.setText("Select a job to see its runs");
            runs.setItems(List.of());
            return;
        }
        runsTitle.setText("Runs of " + job.title());
        runs.setItems(jobs.recentRuns(job.name(), 50));
    }

    private Component runNowButton(JobStatus job) {
        Button button = new Button("Run now", VaadinIcon.PLAY.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Run " + job.title() + " now");
        button.addClickListener(click -> confirmRun(job));
        return button;
    }

    void confirmRun(JobStatus job) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Run \"" + job.title() + "\" now?");
        confirm.setText(job.description()
                + " It runs once, under the same lock as its schedule, and is recorded with your name.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Run now");
        confirm.addConfirmListener(event -> runNow(job));
        confirm.open();
    }

    void runNow(JobStatus job) {
        UI ui = UI.getCurrent();
        Notifications.success(job.title() + " started");
        jobs.runNow(job.name())
                .whenComplete((run, failure) -> ui.access(() -> {
                    if (failure != null) {
                        Notifications.error(job.title() + " could not start: " + failure.getMessage());
                    } else {
                        switch (run.outcome()) {
                            case SUCCEEDED -> Notifications.success(job.title() + ": " + run.summary());
                            case LOCKED ->
                                Notifications.error(
                                        job.title() + " is running elsewhere or has just run; try again shortly.");
                            default -> Notifications.error(job.title() + " failed: " + run.error());
                        }
                    }
                    refresh();
                }));
    }

    private static Component jobCell(JobStatus job) {
        Span title = new Span(job.title());
        title.addClassName("job-title");
        Span description = new Span(job.description());
        description.addClassName("job-description");
        Div cell = new Div(title, description);
        cell.addClassName("job-cell");
        return cell;
    }

    private static Component scheduleCell(JobStatus job) {
        if (!job.enabled()) {
            return JobBadges.off();
        }
        Span cron = new Span(CronWords.of(job.cron()));
        cron.addClassName("cron");
        cron.getElement().setAttribute("title", "cron: " + job.cron());
        return cron;
    }

    private static Component lastRunCell(@Nullable JobRunItem run) {
        if (run == null) {
            return new Span("Never");
        }
        String detail = JobTimes.at(run.startedAt()) + " · " + JobTimes.duration(run.duration())
                + (run.requestedBy() == null ? "" : " · by " + run.requestedBy());
        Span result = new Span(run.error() != null ? run.error() : run.summary() == null ? "" : run.summary());
        result.addClassName("job-description");
        HorizontalLayout line = new HorizontalLayout(JobBadges.outcome(run.outcome()), new Span(detail));
        line.addClassName("job-last-run");
        Div cell = new Div(line, result);
        cell.addClassName("job-cell");
        return cell;
    }
}
