package io.portalops.directory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.directory.ImportPreview;
import io.portalops.directory.PeopleImport;
import io.portalops.directory.PersonImportItem;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.LimitedUpload;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * CSV import of people (ADMIN): upload a file, check the preview with each row's errors, then import all or only the
 * valid rows. Every import is listed below, whatever its outcome.
 */
@Route("directory/import")
@PageTitle("Import people")
@RolesAllowed("ADMIN")
public class PeopleImportView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    static final String SAMPLE =
            "employee_number,name,email,department,title,manager_email,location,status,start_date,end_date\n"
                    + "E10001,Jane Doe,jane.doe@example.com,Engineering,Developer,hanna.head@example.com,Stockholm,pending_start,2026-03-02,\n";

    final Upload upload;
    final LimitedUpload handler;
    final Grid<PersonImportItem> imports = new Grid<>(PersonImportItem.class, false);
    private final PeopleImport importer;

    PeopleImportView(PeopleImport importer) {
        this.importer = importer;
        addClassName("people-import");
        setSizeFull();
        // The check runs in the upload request, which carries the user's sign-in; the dialog opens under the UI lock.
        upload = new Upload();
        handler = LimitedUpload.attach(
                upload,
                PeopleImport.MAX_BYTES,
                received -> {
                    Runnable show = check(received.fileName(), received.file());
                    getUI().ifPresent(ui -> ui.access(show::run));
                },
                refused -> getUI().ifPresent(ui -> ui.access(() -> {
                    upload.clearFileList();
                    Notifications.error(refused);
                })));
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("CSV file, UTF-8, up to " + PeopleImport.MAX_BYTES / (1024 * 1024) + " MB and "
                + PeopleImport.MAX_ROWS + " rows"));
        upload.addFileRejectedListener(
                rejected -> Notifications.error(rejected.getFileName() + ": " + rejected.getErrorMessage()
                        + " Files up to " + PeopleImport.MAX_BYTES / (1024 * 1024) + " MB are accepted."));

        Paragraph help =
                new Paragraph("The first row names the columns, in any order. Required: employee_number, name, email, "
                        + "status (pending_start, active, leaving or left). Optional: department, title, manager_email or "
                        + "manager_employee_number (someone in the directory or on an earlier line), location, start_date and end_date "
                        + "(like 2026-03-31). Nothing is written before you confirm the preview.");
        Pre sample = new Pre(SAMPLE);
        sample.addClassName("csv-sample");

        imports.addColumn(i -> WHEN.format(i.importedAt()))
                .setHeader("When")
                .setWidth("9.5rem")
                .setFlexGrow(0);
        imports.addColumn(PersonImportItem::username)
                .setHeader("By")
                .setWidth("8rem")
                .setFlexGrow(0);
        imports.addColumn(PersonImportItem::fileName).setHeader("File").setFlexGrow(2);
        imports.addColumn(PersonImportItem::rows)
                .setHeader("Rows")
                .setWidth("5rem")
                .setFlexGrow(0);
        imports.addColumn(PersonImportItem::imported)
                .setHeader("Imported")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        imports.addColumn(PersonImportItem::rejected)
                .setHeader("Rejected")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        imports.addColumn(i -> i.mode().label())
                .setHeader("Mode")
                .setWidth("9rem")
                .setFlexGrow(0);
        imports.addColumn(i -> i.outcome().label())
                .setHeader("Outcome")
                .setWidth("9rem")
                .setFlexGrow(0);
        imports.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        imports.setEmptyStateText("No imports yet.");
        imports.setSizeFull();

        add(
                new RouterLink("← Directory", DirectoryView.class),
                new RouterLink(
                        "Import sign-ins of an identity provider (last use of products) →", SignInImportView.class),
                help,
                sample,
                upload,
                new H3("Imports"),
                imports);
        refresh();
    }

    /** Checks the file and opens the preview; also the entry point for tests, which have no browser to upload from. */
    void preview(String fileName, Path file) {
        check(fileName, file).run();
    }

    private Runnable check(String fileName, Path file) {
        try {
            ImportPreview preview = importer.preview(fileName, file);
            return () -> {
                upload.clearFileList();
                ImportPreviewDialog dialog = new ImportPreviewDialog(importer, preview, file, this::refresh);
                // the file is needed until the import is confirmed or cancelled, and not a moment longer
                dialog.addDetachListener(detach -> handler.discard());
                dialog.open();
            };
        } catch (InvalidInputException e) {
            return () -> {
                upload.clearFileList();
                Notifications.error(e.getMessage());
            };
        }
    }

    void refresh() {
        imports.setItems(importer.recent(100));
    }
}
