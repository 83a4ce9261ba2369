package io.portalops.contract.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portalops.contract.AttachmentFile;
import io.portalops.contract.AttachmentInfo;
import io.portalops.contract.ContractAttachments;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.ui.LimitedUpload;
import io.portalops.shared.ui.Notifications;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A contract's files: upload (PDF and images, checked by their bytes on the server) and download, both authorised
 * by the service like the contract itself.
 */
public class ContractAttachmentsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<AttachmentInfo> grid = new Grid<>(AttachmentInfo.class, false);
    final Upload upload;
    private final ContractAttachments attachments;
    private final long contractId;

    public ContractAttachmentsPanel(ContractAttachments attachments, long contractId) {
        this.attachments = attachments;
        this.contractId = contractId;
        setPadding(false);
        addClassName("contract-attachments");

        upload = new Upload();
        LimitedUpload.attach(
                upload,
                attachments.maxBytes(),
                received -> {
                    String message;
                    boolean ok;
                    try (InputStream in = Files.newInputStream(received.file())) {
                        attachments.upload(contractId, received.fileName(), in);
                        message = received.fileName() + " attached";
                        ok = true;
                    } catch (InvalidInputException | RuleViolationException e) {
                        message = e.getMessage();
                        ok = false;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        deleteQuietly(received.file());
                    }
                    String text = message;
                    boolean success = ok;
                    getUI().ifPresent(ui -> ui.access(() -> {
                        if (success) {
                            Notifications.success(text);
                        } else {
                            Notifications.error(text);
                        }
                        refresh();
                    }));
                },
                refused -> getUI().ifPresent(ui -> ui.access(() -> Notifications.error(refused))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setDropLabel(new Span("PDF or image, up to " + attachments.maxBytes() / (1024 * 1024) + " MB"));

        grid.addComponentColumn(this::downloadLink).setHeader("File").setFlexGrow(2);
        grid.addColumn(a -> a.contentType()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(a -> a.sizeBytes() / 1024 + " KB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(AttachmentInfo::uploadedByName).setHeader("By").setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.uploadedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(a -> a.sha256().substring(0, 16) + "…")
                .setHeader("SHA-256")
                .setAutoWidth(true)
                .setTooltipGenerator(AttachmentInfo::sha256);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No files attached yet.");
        grid.setAllRowsVisible(true);
        add(
                new Paragraph(
                        "Contracts, signed copies and scans. The server checks each file's content, not its name."),
                upload,
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(attachments.list(contractId));
    }

    private Anchor downloadLink(AttachmentInfo info) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    AttachmentFile file = attachments.open(contractId, info.id());
                    return new DownloadResponse(
                            file.content().open(),
                            file.info().name(),
                            file.info().contentType(),
                            file.info().sizeBytes());
                }),
                info.name());
        link.setDownload(true);
        return link;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file; the upload handler deletes what it still holds when the panel closes
        }
    }
}
