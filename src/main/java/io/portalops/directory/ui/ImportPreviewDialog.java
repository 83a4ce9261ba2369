package io.portalops.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.portalops.directory.ImportMode;
import io.portalops.directory.ImportOutcome;
import io.portalops.directory.ImportPreview;
import io.portalops.directory.ImportResult;
import io.portalops.directory.ImportRow;
import io.portalops.directory.PeopleImport;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.ui.Notifications;
import java.nio.file.Path;

/**
 * The preview of an import: each row as read, with its errors. "Import" writes all rows and is offered only when every
 * row is valid; "Import valid rows only" writes those that are; both are checked again by the service.
 */
class ImportPreviewDialog extends Dialog {

    final Grid<ImportRow> rows = new Grid<>(ImportRow.class, false);
    final Button importAll = new Button("Import");
    final Button importValid = new Button("Import valid rows only");
    final Paragraph summary = new Paragraph();

    ImportPreviewDialog(PeopleImport importer, ImportPreview preview, Path content, Runnable onImported) {
        addClassName("import-preview");
        setHeaderTitle("Preview of " + preview.fileName());
        setWidth("min(90rem, 96vw)");
        setHeight("80vh");
        summary.setText(
                preview.fileErrors().isEmpty()
                        ? preview.rows().size() + " rows: " + preview.validRows() + " valid, " + preview.rejectedRows()
                                + " with errors."
                        : "The file cannot be imported.");
        add(summary);
        for (String error : preview.fileErrors()) {
            Div line = new Div(error);
            line.addClassName("import-error");
            add(line);
        }
        rows.addColumn(ImportRow::line).setHeader("Line").setWidth("4.5rem").setFlexGrow(0);
        rows.addComponentColumn(ImportPreviewDialog::errors)
                .setHeader("Errors")
                .setWidth("18rem")
                .setFlexGrow(2);
        rows.addColumn(ImportRow::employeeNumber)
                .setHeader("Employee no.")
                .setWidth("8rem")
                .setFlexGrow(0);
        rows.addColumn(ImportRow::name).setHeader("Name").setFlexGrow(1);
        rows.addColumn(ImportRow::email).setHeader("Email").setFlexGrow(1);
        rows.addColumn(ImportRow::department).setHeader("Department").setFlexGrow(1);
        rows.addColumn(ImportRow::title).setHeader("Title").setFlexGrow(1);
        rows.addColumn(ImportRow::manager).setHeader("Manager").setFlexGrow(1);
        rows.addColumn(ImportRow::status).setHeader("Status").setWidth("7rem").setFlexGrow(0);
        rows.addColumn(ImportRow::startDate)
                .setHeader("Start")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        rows.addColumn(ImportRow::endDate).setHeader("End").setWidth("6.5rem").setFlexGrow(0);
        rows.setPartNameGenerator(row -> row.valid() ? null : "invalid-row");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setItems(preview.rows());
        rows.setSizeFull();
        rows.setVisible(!preview.rows().isEmpty());
        add(rows);

        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setEnabled(preview.allValid());
        importAll.setTooltipText(preview.allValid() ? "Imports every row" : "Offered when no row has errors");
        importAll.addClickListener(
                click -> commit(importer, preview.fileName(), content, ImportMode.ALL_OR_NOTHING, onImported));
        importValid.setEnabled(preview.validRows() > 0 && !preview.allValid());
        importValid.addClickListener(
                click -> commit(importer, preview.fileName(), content, ImportMode.VALID_ROWS_ONLY, onImported));
        getFooter().add(new Button("Cancel", click -> close()), importValid, importAll);
    }

    private void commit(PeopleImport importer, String fileName, Path content, ImportMode mode, Runnable onImported) {
        try {
            ImportResult result = importer.commit(fileName, content, mode);
            if (result.outcome() == ImportOutcome.REFUSED) {
                Notifications.error("Nothing was imported: " + result.rejected() + " of " + result.rows()
                        + " rows have errors now. Upload the file again to see them.");
            } else {
                Notifications.success(result.imported() + " people imported"
                        + (result.rejected() > 0 ? ", " + result.rejected() + " rows skipped" : ""));
            }
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
        close();
        onImported.run();
    }

    private static Component errors(ImportRow row) {
        if (row.valid()) {
            Span ok = new Span("OK");
            ok.getElement().getThemeList().add("badge success small");
            return ok;
        }
        Div list = new Div();
        list.addClassName("row-errors");
        row.errors().forEach(error -> list.add(new Div(error)));
        return list;
    }
}
