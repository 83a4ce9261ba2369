package io.portalops.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.audit.AuditExport;
import io.portalops.audit.AuditFilter;
import io.portalops.audit.AuditLogItem;
import io.portalops.audit.AuditReader;
import io.portalops.audit.AuditVerification;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.ui.Badge;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * The audit log for ADMIN and AUDITOR: a lazy grid (newest first, no count) with filters, an entry's details, and
 * "Verify chain", which re-checks every hash in the background with a progress bar and says how far the chain is intact.
 */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 98, icon = "vaadin:shield", title = "Audit log")
@RolesAllowed({"ADMIN", "AUDITOR"})
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    private static final ExecutorService CHECKS = Executors.newVirtualThreadPerTaskExecutor();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final AuditFilterBar filters = new AuditFilterBar(this::refresh);
    final Grid<AuditLogItem> grid = new Grid<>(AuditLogItem.class, false);
    final GridViews<AuditLogItem> views;
    final Pre detail = new Pre();
    final com.vaadin.flow.component.dialog.Dialog detailDialog = new com.vaadin.flow.component.dialog.Dialog();
    final Button verify = new Button("Verify chain", VaadinIcon.SHIELD.create());
    final ProgressBar progress = new ProgressBar();
    final Span result = new Span();
    private final AuditReader reader;
    private final UrlFilters url =
            new UrlFilters("audit", query -> filters.apply(query), () -> filters.toQueryParameters(), this::reload);

    AuditView(AuditReader reader, AuditExport export, Exports exports, GridViewStore viewStore) {
        this.reader = reader;
        setSizeFull();
        addClassName("audit-view");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> verifyChain());
        progress.setVisible(false);
        progress.setWidth("12rem");
        HorizontalLayout check = new HorizontalLayout(verify, progress, result);
        check.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.addToActions(
                check,
                new ExportMenu(exports, export, () -> export.query(filter()).followingGrid(exportColumns())));

        grid.addColumn(AuditLogItem::seq)
                .setHeader("#")
                .setKey("seq")
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> TIME.format(item.occurredAt()))
                .setHeader("When")
                .setKey("when")
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.actorName() == null ? item.actorType().toLowerCase() : item.actorName())
                .setHeader("Actor")
                .setKey("actor")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(AuditLogItem::action)
                .setHeader("Action")
                .setKey("action")
                .setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.targetType() == null
                        ? ""
                        : item.targetType() + (item.targetId() == null ? "" : " " + item.targetId()))
                .setHeader("Target")
                .setKey("target")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.clientIp() == null ? "" : item.clientIp())
                .setHeader("Client")
                .setKey("client")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(AuditLogItem::details)
                .setHeader("Details")
                .setKey("details")
                .setFlexGrow(1)
                .setTooltipGenerator(item -> "Click the row to read the whole entry");
        grid.setItems(query -> rows(query.getOffset(), query.getLimit()));
        grid.setEmptyStateText("No audit entries match these filters.");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showDetail(change.getValue());
            }
        });
        grid.setSizeFull();
        // dense text: the time with its seconds was cut at 1440 px, and the details had little room
        grid.addClassName("dense-grid");
        detail.addClassName("audit-detail");
        views = new GridViews<>("audit", "audit", grid, viewStore, url);
        views.exportAs("seq", "Seq");
        views.exportAs("when", "Time");
        views.exportAs("target", "Target type", "Target id");
        views.exportAs("client", "Client IP");
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(new RowCountLabel(() -> reader.count(filter()), "entry", "entries").follow(grid));
        toolbar.addEnd(GridKeyboard.install(grid, filters, grid::select).helpButton());
        detailDialog.addClassName("audit-detail-dialog");
        detailDialog.add(detail);
        detailDialog.getFooter().add(new Button("Close", click -> detailDialog.close()));
        detailDialog.addOpenedChangeListener(open -> {
            if (!open.isOpened()) {
                grid.deselectAll();
            }
        });
        add(filters, toolbar, new FilterChips(filters), grid);
    }

    /** The whole entry in a dialog over the grid: below the grid it was off-screen at 900 px, and truncated beside. */
    private void showDetail(AuditLogItem item) {
        detailDialog.setHeaderTitle("Audit entry #" + item.seq());
        detail.setText("#" + item.seq() + "  " + item.action() + "  hash " + item.hash() + "\n" + item.detailsPretty());
        detailDialog.open();
    }

    /** Filters travel in the URL, so a filtered log can be bookmarked and handed to another auditor. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void refresh() {
        url.changed(this);
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    /** A page of entries; a time range typed backwards shows its message on the end date and no rows. */
    private Stream<AuditLogItem> rows(int offset, int limit) {
        try {
            filters.to.setInvalid(false);
            return reader.search(filter(), offset, Math.min(limit, AuditReader.MAX_PAGE)).items().stream();
        } catch (InvalidInputException e) {
            filters.to.setErrorMessage(e.getMessage());
            filters.to.setInvalid(true);
            return Stream.empty();
        }
    }

    AuditFilter filter() {
        return filters.value();
    }

    /** Runs the check off the UI thread (with the user's security context) and pushes progress and the result. */
    void verifyChain() {
        UI ui = UI.getCurrent();
        long newest = Math.max(1, reader.newestSeq());
        verify.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        result.setText("Checking " + newest + " entries…");
        result.getElement().getThemeList().clear();
        var executor = new DelegatingSecurityContextExecutor(CHECKS);
        CompletableFuture.supplyAsync(
                        () -> reader.verify(checked ->
                                ui.access(() -> progress.setValue(Math.min(1.0, (double) checked / newest)))),
                        executor)
                .whenComplete((verification, failure) -> ui.access(() -> show(verification, failure)));
    }

    private void show(AuditVerification verification, Throwable failure) {
        verify.setEnabled(true);
        progress.setVisible(false);
        result.removeAll();
        if (failure != null) {
            result.setText("The check could not run: " + failure.getMessage());
            return;
        }
        result.setText("");
        result.add(
                Badge.of(verification.intact() ? "Intact" : "Broken", verification.intact() ? "success" : "error"),
                new Span(" " + verification.summary()));
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
