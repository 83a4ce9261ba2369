package io.portalops.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.export.ExportVerification;
import io.portalops.export.ExportVerifier;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.LimitedUpload;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Checks a file someone was given: upload it (and its {@code .sig}, if at hand) and the page says whether it is a
 * genuine, unmodified PortalOps export, and which one.
 */
@Route("exports/verify")
@PageTitle("Verify an export")
@Menu(order = 99, icon = "vaadin:check-circle-o", title = "Verify export")
@RolesAllowed({"ADMIN", "AUDITOR", "ANALYST", "ACCOUNT_MANAGER", "APPROVER", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class ExportVerifyView extends VerticalLayout {

    private static final long MAX_SIGNATURE = 4096;

    private final ExportVerifier verifier;
    Upload file;
    Upload signature;
    final Button verify = new Button("Verify");
    final Paragraph result = new Paragraph();
    final Span chosen = new Span("No file yet");
    final Span chosenSignature = new Span("No signature (optional)");
    private @Nullable Path uploaded;
    final LimitedUpload fileHandler;
    final LimitedUpload signatureHandler;
    private @Nullable String sidecar;

    ExportVerifyView(ExportVerifier verifier, @Value("${portalops.exports.verify-max-size:200MB}") DataSize maxFile) {
        this.verifier = verifier;
        addClassName("export-verify-view");
        file = new Upload();
        fileHandler = LimitedUpload.attach(
                file,
                maxFile.toBytes(),
                received -> {
                    uploaded = received.file();
                    String name = received.fileName();
                    getUI().ifPresent(ui -> ui.access(() -> {
                        verify.setEnabled(true);
                        chosen.setText("File: " + name);
                        result.setText("");
                        this.file.clearFileList();
                    }));
                },
                refused -> getUI().ifPresent(ui -> ui.access(() -> refused(refused))));
        file.setMaxFiles(1);
        file.setDropLabel(new Span("The exported file (.csv, .xlsx or .pdf)"));
        signature = new Upload();
        signatureHandler = LimitedUpload.attach(
                signature,
                MAX_SIGNATURE,
                received -> {
                    try {
                        sidecar = Files.readString(received.file(), StandardCharsets.UTF_8);
                        Files.deleteIfExists(received.file());
                    } catch (IOException e) {
                        sidecar = "";
                    }
                    String name = received.fileName();
                    getUI().ifPresent(ui -> ui.access(() -> {
                        chosenSignature.setText("Signature: " + name);
                        result.setText("");
                        this.signature.clearFileList();
                    }));
                },
                refused -> getUI().ifPresent(ui -> ui.access(() -> refused(refused))));
        signature.setMaxFiles(1);
        signature.setAcceptedFileTypes(".sig", "text/plain");
        signature.setDropLabel(new Span("Its signature (.sig), optional"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setEnabled(false);
        verify.addClickListener(click -> verifyUploaded());
        result.addClassName("export-verdict");
        chosen.addClassName("export-chosen");
        chosenSignature.addClassName("export-chosen");
        add(
                new H2("Verify an export"),
                new Paragraph(
                        "PortalOps signs every export. Upload a file to learn whether it is a genuine export, and unchanged."),
                file,
                chosen,
                signature,
                chosenSignature,
                verify,
                result);
    }

    void verifyUploaded() {
        if (uploaded == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(uploaded)) {
            show(verifier.verify(in, sidecar));
        } catch (InvalidInputException e) {
            result.setText(e.getMessage());
            result.getElement().setAttribute("data-outcome", "INVALID");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refused(String message) {
        result.setText(message);
        result.getElement().setAttribute("data-outcome", "INVALID");
    }

    void show(ExportVerification verification) {
        result.setText(verification.message());
        result.getElement().setAttribute("data-outcome", verification.outcome().name());
    }
}
