package io.portalops.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.portalops.export.ExportVerification;
import io.portalops.export.ExportVerifier;
import io.portalops.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

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
    final com.vaadin.flow.component.html.Span chosen = new com.vaadin.flow.component.html.Span("No file yet");
    final com.vaadin.flow.component.html.Span chosenSignature = new com.vaadin.flow.component.html.Span("No signature (optional)");
    private @Nullable Path uploaded;
    private @Nullable String sidecar;

    ExportVerifyView(ExportVerifier verifier) {
        this.verifier = verifier;
        addClassName("export-verify-view");
        file = new Upload(UploadHandler.toTempFile((metadata, temp) -> {
            Path previous = uploaded;
            uploaded = temp.toPath();
            if (previous != null) {
                Files.deleteIfExists(previous);
            }
            String name = metadata.fileName();
            getUI().ifPresent(ui -> ui.access(() -> {
                verify.setEnabled(true);
                chosen.setText("File: " + name);
                result.setText("");
                this.file.clearFileList();
            }));
        }));
        file.setMaxFiles(1);
        file.setDropLabel(new com.vaadin.flow.component.html.Span("The exported file (.csv or .xlsx)"));
        signature = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            sidecar = bytes.length > MAX_SIGNATURE ? "" : new String(bytes, StandardCharsets.UTF_8);
            String name = metadata.fileName();
            getUI().ifPresent(ui -> ui.access(() -> {
                chosenSignature.setText("Signature: " + name);
                result.setText("");
                this.signature.clearFileList();
            }));
        }));
        signature.setMaxFiles(1);
        signature.setAcceptedFileTypes(".sig", "text/plain");
        signature.setDropLabel(new com.vaadin.flow.component.html.Span("Its signature (.sig), optional"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setEnabled(false);
        verify.addClickListener(click -> verifyUploaded());
        result.addClassName("export-verdict");
        chosen.addClassName("export-chosen");
        chosenSignature.addClassName("export-chosen");
        add(new H2("Verify an export"),
                new Paragraph("PortalOps signs every export. Upload a file to learn whether it is a genuine export, and unchanged."),
                file, chosen, signature, chosenSignature, verify, result);
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

    void show(ExportVerification verification) {
        result.setText(verification.message());
        result.getElement().setAttribute("data-outcome", verification.outcome().name());
    }
}
