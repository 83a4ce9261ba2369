package io.portalops.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.directory.SignInImport;
import io.portalops.directory.SignInImportResult;
import io.portalops.directory.SignInMapping;
import io.portalops.directory.SignInPreview;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.LimitedUpload;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Import of an identity provider's sign-in export (ADMIN) as last use per person and product: upload, map the user,
 * application and time columns against the first rows, then import. A bad file or row stores nothing and is listed.
 */
@Route("directory/sign-ins")
@PageTitle("Import sign-ins")
@RolesAllowed("ADMIN")
public class SignInImportView extends VerticalLayout {

    final Upload upload = new Upload();
    final Select<String> user = new Select<>();
    final Select<String> application = new Select<>();
    final Select<String> time = new Select<>();
    final Grid<List<String>> sample = new Grid<>();
    final Button importButton = new Button("Import sign-ins");
    final Paragraph outcome = new Paragraph();
    final UnorderedList errors = new UnorderedList();
    private final SignInImport importer;
    private byte @Nullable [] content;
    private String fileName = "";

    SignInImportView(SignInImport importer) {
        this.importer = importer;
        addClassName("sign-in-import");
        setSizeFull();
        LimitedUpload.attach(
                upload,
                SignInImport.MAX_BYTES,
                received -> {
                    byte[] bytes = read(received);
                    getUI().ifPresent(ui -> ui.access(() -> preview(received.fileName(), bytes)));
                },
                refused -> getUI().ifPresent(ui -> ui.access(() -> Notifications.error(refused))));
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("Sign-in export as CSV, UTF-8, up to " + SignInImport.MAX_BYTES / (1024 * 1024)
                + " MB and " + SignInImport.MAX_ROWS + " rows"));
        user.setLabel("User (email or employee number)");
        application.setLabel("Application (product)");
        time.setLabel("Time of sign-in");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> commit());
        sample.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sample.setHeight("14rem");
        errors.addClassName("import-errors");
        showMapping(false);
        add(
                new RouterLink("← Directory", DirectoryView.class),
                new Paragraph("Export the sign-in log of your identity provider (Entra ID, Okta, Google Workspace) as "
                        + "CSV. Each sign-in records when the person last used the product; the application names a "
                        + "product by id, as Service/Product, or by its name. Users and applications the directory "
                        + "does not know are skipped and counted. Nothing is stored before you import, and a file "
                        + "with a bad row stores nothing."),
                upload,
                new HorizontalLayout(user, application, time),
                sample,
                importButton,
                outcome,
                errors);
    }

    /** Checks the file and shows the mapping; also the entry point for tests, which have no browser to upload from. */
    void preview(String name, byte[] bytes) {
        upload.clearFileList();
        errors.removeAll();
        outcome.setText("");
        try {
            SignInPreview preview = importer.preview(name, bytes);
            if (!preview.fileErrors().isEmpty()) {
                content = null;
                showMapping(false);
                showErrors(preview.fileErrors());
                return;
            }
            content = bytes;
            fileName = preview.fileName();
            for (Select<String> select : List.of(user, application, time)) {
                select.setItems(preview.headers());
            }
            user.setValue(blankToNull(preview.guess().userColumn()));
            application.setValue(blankToNull(preview.guess().applicationColumn()));
            time.setValue(blankToNull(preview.guess().timeColumn()));
            sample.removeAllColumns();
            for (int i = 0; i < preview.headers().size(); i++) {
                int column = i;
                sample.addColumn(row -> column < row.size() ? row.get(column) : "")
                        .setHeader(preview.headers().get(i));
            }
            sample.setItems(preview.sample());
            outcome.setText(preview.fileName() + ": " + preview.rows() + " rows. Check the columns, then import.");
            showMapping(true);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void commit() {
        byte[] bytes = content;
        if (bytes == null) {
            return;
        }
        try {
            SignInImportResult result = importer.commit(
                    fileName,
                    bytes,
                    new SignInMapping(
                            orBlank(user.getValue()), orBlank(application.getValue()), orBlank(time.getValue())));
            errors.removeAll();
            if (result.stored()) {
                content = null;
                showMapping(false);
                outcome.setText(result.fileName() + ": " + result.recorded() + " sign-ins recorded, "
                        + result.unmatched() + " skipped (unknown user or application).");
                Notifications.success("Sign-ins imported");
            } else {
                outcome.setText(result.fileName() + ": nothing was stored.");
                showErrors(result.errors());
            }
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showErrors(List<String> messages) {
        messages.forEach(m -> errors.add(new ListItem(m)));
    }

    private void showMapping(boolean visible) {
        for (var c : List.of(user, application, time, sample, importButton)) {
            c.setVisible(visible);
        }
    }

    private static byte[] read(LimitedUpload.Received received) {
        try {
            return Files.readAllBytes(received.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(received.file());
            } catch (IOException ignored) {
                // a temp file the JVM's temp cleanup removes later
            }
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static String orBlank(@Nullable String value) {
        return value == null ? "" : value;
    }
}
