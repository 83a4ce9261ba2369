package io.portalops.export.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportProgress;
import io.portalops.export.ExportQuery;
import io.portalops.export.ExportStatus;
import io.portalops.export.Exports;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Follows one export: rows written so far, then the download links for the file and its signature. Past the
 * background threshold it says the export goes on without the dialog and a notification will bring the link.
 */
class ExportDialog extends Dialog {

    private static final int POLL_MS = 500;

    private final Exports exports;
    private final long exportId;
    final ProgressBar bar = new ProgressBar();
    final Span status = new Span();
    final Paragraph background = new Paragraph();
    final VerticalLayout downloads = new VerticalLayout();
    private @Nullable Registration poll;
    private int previousPollInterval = -1;

    ExportDialog(Exports exports, ExportQuery query, ExportFormat format, ExportProgress started) {
        this.exports = exports;
        this.exportId = started.exportId();
        addClassName("export-dialog");
        setHeaderTitle("Export " + query.title() + " as " + format.name());
        setWidth("32rem");
        bar.setIndeterminate(true);
        background.setVisible(false);
        background.addClassName("export-background");
        downloads.setPadding(false);
        downloads.setVisible(false);
        String filters = FilterWording.describe(query.filters(), "no filters");
        Paragraph what = new Paragraph("Exactly what the grid shows: " + filters + ".");
        what.addClassName("export-filters");
        add(what, bar, status, background, downloads);
        getFooter().add(new Button("Close", click -> close()));
        show(started);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        previousPollInterval = ui.getPollInterval();
        ui.setPollInterval(POLL_MS);
        poll = ui.addPollListener(tick -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        super.onDetach(event);
    }

    void refresh() {
        show(exports.progress(exportId));
    }

    private void show(ExportProgress progress) {
        status.setText(
                switch (progress.status()) {
                    case RUNNING -> rows(progress.rows()) + " rows written…";
                    case READY -> rows(progress.rows()) + " rows exported and signed.";
                    case FAILED -> "The export failed: " + progress.error();
                    case EXPIRED -> "This export's download link has expired.";
                });
        if (progress.background() && progress.status() == ExportStatus.RUNNING) {
            background.setText(
                    "This is a large export: it goes on in the background. You can close this window; a notification "
                            + "will bring the download link when it is ready.");
            background.setVisible(true);
        }
        if (progress.finished()) {
            bar.setVisible(false);
            getUI().ifPresent(this::stopPolling);
            if (progress.status() == ExportStatus.READY && !downloads.isVisible()) {
                background.setVisible(false);
                downloads.add(ExportLinks.links(exports, exportId, progress.fileName()));
                downloads.setVisible(true);
            }
        }
    }

    private void stopPolling(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(previousPollInterval);
        }
    }

    private static String rows(long rows) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(rows);
    }
}
