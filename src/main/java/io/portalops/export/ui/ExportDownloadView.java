package io.portalops.export.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.export.ExportDetails;
import io.portalops.export.Exports;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The page a background export's notification links to: the export's record, and its file and signature to download
 * until the link expires. Only the account that made the export reaches it; for anyone else it does not exist.
 */
@Route("exports/:exportId(\\d{1,18})")
@PageTitle("Export")
@PermitAll
public class ExportDownloadView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Exports exports;
    private final Clock clock;
    final H2 heading = new H2();
    final Paragraph state = new Paragraph();
    final VerticalLayout facts = new VerticalLayout();

    ExportDownloadView(Exports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
        addClassName("export-download-view");
        facts.setPadding(false);
        facts.setSpacing(false);
        add(heading, facts, state);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("exportId").orElseThrow());
        ExportDetails export;
        try {
            export = exports.details(id);
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
        heading.setText("Export #" + export.id() + " · " + export.fileName());
        facts.removeAll();
        fact("Grid", export.grid());
        fact("Filters", FilterWording.describe(export.filters(), "none"));
        fact("Rows", String.valueOf(export.rows()));
        fact("Started", WHEN.format(export.startedAt()));
        if (export.sha256() != null) {
            fact("SHA-256", export.sha256());
        }
        if (export.expiresAt() != null) {
            fact("Link valid until", WHEN.format(export.expiresAt()));
        }
        if (export.downloadable(clock.instant())) {
            state.setText("Ready to download, with its signature:");
            add(ExportLinks.links(exports, id, export.fileName()));
        } else {
            state.setText(
                    switch (export.status()) {
                        case RUNNING ->
                            "Still being written. This page's link arrives as a notification once it is ready.";
                        case FAILED -> "The export failed: " + export.error();
                        default ->
                            "The download link expired. Export the grid again; a copy already downloaded can still be verified.";
                    });
        }
        add(new RouterLink("Verify an exported file", ExportVerifyView.class));
    }

    private void fact(String label, String value) {
        Span line = new Span(label + ": " + value);
        line.addClassName("export-fact");
        facts.add(line);
    }
}
