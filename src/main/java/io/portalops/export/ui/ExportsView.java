package io.portalops.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.export.ExportDetails;
import io.portalops.export.ExportFilter;
import io.portalops.export.ExportListItem;
import io.portalops.export.ExportLog;
import io.portalops.export.ExportStatus;
import io.portalops.export.Exports;
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
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export records the user may see (ADMIN and AUDITOR: everyone's; every other role: their own), newest first,
 * with the shared grid powers. A row's file and signature download only for the account that made the export and
 * while its link lives; Enter or a click opens the whole record.
 */
@Route("exports")
@PageTitle("Exports")
@Menu(order = 98.5, icon = "vaadin:download", title = "Exports")
@RolesAllowed({"ADMIN", "AUDITOR", "ANALYST", "ACCOUNT_MANAGER", "APPROVER", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class ExportsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final ExportFilterBar filters = new ExportFilterBar(this::refresh);
    final Grid<ExportListItem> grid = new Grid<>(ExportListItem.class, false);
    final GridViews<ExportListItem> views;
    final Dialog detail = new Dialog();
    private final ExportLog log;
    private final Exports exports;
    private final UrlFilters url =
            new UrlFilters("exports", query -> filters.apply(query), () -> filters.toQueryParameters(), this::reload);

    ExportsView(ExportLog log, Exports exports, GridViewStore viewStore) {
        this.log = log;
        this.exports = exports;
        setSizeFull();
        addClassName("exports-view");
        grid.addColumn(item -> TIME.format(item.export().startedAt()))
                .setHeader("When")
                .setKey("when")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.export().accountName())
                .setHeader("Exported by")
                .setKey("who")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.export().grid())
                .setHeader("Grid")
                .setKey("grid")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(item -> item.export().format().extension().toUpperCase(Locale.ROOT))
                .setHeader("Format")
                .setKey("format")
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> String.format(Locale.ROOT, "%,d", item.export().rows()))
                .setHeader("Rows")
                .setKey("rows")
                .setWidth("5rem")
                .setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(item -> FilterWording.describe(item.export().filters(), "none"))
                .setHeader("Filters")
                .setKey("filters")
                .setFlexGrow(1)
                .setWidth("10rem")
                .setTooltipGenerator(
                        item -> FilterWording.describe(item.export().filters(), "none"));
        grid.addComponentColumn(item -> status(item.export()))
                .setHeader("Status")
                .setKey("status")
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(item -> shortHash(item.export()))
                .setHeader("SHA-256")
                .setKey("hash")
                .setWidth("7.5rem")
                .setFlexGrow(0)
                .setTooltipGenerator(item -> item.export().sha256() == null
                        ? "Not signed: the export did not finish"
                        : "SHA-256 " + item.export().sha256() + "\nSignature "
                                + item.export().signature());
        grid.addComponentColumn(this::file)
                .setHeader("File")
                .setKey("file")
                .setWidth("13.5rem")
                .setFlexGrow(0);
        grid.setItems(query -> rows(query.getOffset(), query.getLimit()));
        grid.setEmptyStateText("No exports match these filters.");
        grid.setSizeFull();
        grid.addClassName("dense-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(click -> open(click.getItem()));
        detail.addClassName("export-detail-dialog");
        detail.getFooter().add(new Button("Close", click -> detail.close()));
        views = new GridViews<>("exports", "exports", grid, viewStore, url);
        views.exportAs("when", "Started");
        views.exportAs("hash", "SHA-256");
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(new RowCountLabel(() -> log.count(filter()), "export", "exports").follow(grid));
        toolbar.addEnd(GridKeyboard.install(grid, filters, this::open).helpButton());
        add(filters, toolbar, new FilterChips(filters), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    ExportFilter filter() {
        return filters.value();
    }

    static String statusLabel(ExportStatus status) {
        return switch (status) {
            case RUNNING -> "Running";
            case READY -> "Ready";
            case FAILED -> "Failed";
            case EXPIRED -> "Expired";
        };
    }

    private void refresh() {
        url.changed(this);
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    private Stream<ExportListItem> rows(int offset, int limit) {
        return log.search(filter(), offset, Math.min(limit, ExportLog.MAX_PAGE)).items().stream();
    }

    private static Component status(ExportDetails export) {
        return Badge.of(
                statusLabel(export.status()),
                switch (export.status()) {
                    case READY -> "success";
                    case FAILED -> "error";
                    case RUNNING -> "contrast";
                    case EXPIRED -> "";
                });
    }

    private static String shortHash(ExportDetails export) {
        String sha = export.sha256();
        return sha == null ? "—" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }

    /** The file's links for its owner while they live; otherwise why there is none. */
    private Component file(ExportListItem item) {
        if (item.downloadable()) {
            // the format as the link's label keeps the column narrow; the dialog names the file
            String label = item.export().format().extension().toUpperCase(Locale.ROOT);
            return ExportLinks.links(exports, item.export().id(), label);
        }
        boolean others = !item.own() && item.export().status() == ExportStatus.READY;
        Span why = new Span(
                others ? "Owner only" : item.export().status() == ExportStatus.READY ? "Link expired" : "No file");
        if (others) {
            why.setTitle("Only " + item.export().accountName() + " may download it");
        }
        why.addClassName("export-no-file");
        return why;
    }

    /** The whole record in a dialog over the grid, with the links when the caller may download. */
    void open(ExportListItem item) {
        ExportDetails export = item.export();
        detail.removeAll();
        detail.setHeaderTitle("Export #" + export.id() + " · " + export.fileName());
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        fact(facts, "Exported by", export.accountName());
        fact(facts, "Grid", export.grid());
        fact(facts, "Filters", FilterWording.describe(export.filters(), "none"));
        fact(facts, "Rows", String.format(Locale.ROOT, "%,d", export.rows()));
        fact(facts, "Started", TIME.format(export.startedAt()));
        fact(facts, "Status", statusLabel(export.status()));
        if (export.sha256() != null) {
            fact(facts, "SHA-256", export.sha256());
            fact(facts, "Signature", String.valueOf(export.signature()));
        }
        if (export.expiresAt() != null) {
            fact(facts, "Link valid until", TIME.format(export.expiresAt()));
        }
        if (export.error() != null) {
            fact(facts, "Error", export.error());
        }
        Component file = item.downloadable()
                ? ExportLinks.links(exports, export.id(), export.fileName())
                : new Span(
                        file(item).getElement().getAttribute("title") == null
                                ? "No file to download."
                                : "Only " + export.accountName() + " may download it.");
        detail.add(facts, file);
        detail.open();
    }

    private static void fact(VerticalLayout facts, String label, String value) {
        Span line = new Span(label + ": " + value);
        line.addClassName("export-fact");
        facts.add(line);
    }
}
