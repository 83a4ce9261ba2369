package io.portalops.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.portalops.export.ExportFile;
import io.portalops.export.ExportFormat;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportLinks;
import io.portalops.review.EvidencePack;
import io.portalops.review.ReviewEvidence;
import java.util.function.LongSupplier;

/**
 * "Download evidence" on a campaign page: writes the signed evidence pack in the chosen format (ADR 043) and offers
 * the file with its signature; the PDF summary comes with the signed CSV it names.
 */
class EvidenceMenu extends MenuBar {

    final MenuItem csv;
    final MenuItem xlsx;
    final MenuItem pdf;
    Dialog dialog = new Dialog();

    EvidenceMenu(ReviewEvidence evidence, Exports exports, LongSupplier reviewId) {
        addClassName("evidence-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem menu = addItem(VaadinIcon.DOWNLOAD_ALT.create());
        menu.add("Download evidence");
        menu.setAriaLabel("Download evidence");
        csv = menu.getSubMenu()
                .addItem("Table (.csv)", click -> open(evidence, exports, reviewId.getAsLong(), ExportFormat.CSV));
        xlsx = menu.getSubMenu()
                .addItem("Excel (.xlsx)", click -> open(evidence, exports, reviewId.getAsLong(), ExportFormat.XLSX));
        pdf = menu.getSubMenu()
                .addItem(
                        "One-page summary (.pdf)",
                        click -> open(evidence, exports, reviewId.getAsLong(), ExportFormat.PDF));
    }

    private void open(ReviewEvidence evidence, Exports exports, long reviewId, ExportFormat format) {
        EvidencePack pack = evidence.export(reviewId, format);
        dialog = new Dialog();
        dialog.addClassName("evidence-dialog");
        dialog.setHeaderTitle("Evidence pack");
        ExportFile file = pack.file();
        dialog.add(
                new Paragraph("Signed export #" + file.exportId() + ", " + file.rows()
                        + (format == ExportFormat.PDF ? " page" : " rows") + ". SHA-256 " + file.sha256()),
                ExportLinks.links(exports, file.exportId(), file.fileName()));
        ExportFile table = pack.table();
        if (table != null) {
            dialog.add(
                    new Paragraph("The table it summarises, export #" + table.exportId() + ":"),
                    ExportLinks.links(exports, table.exportId(), table.fileName()));
        }
        dialog.add(new Paragraph("Anyone can check these files under \"Verify export\"."));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }
}
