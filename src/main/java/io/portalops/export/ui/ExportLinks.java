package io.portalops.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portalops.export.ExportFile;
import io.portalops.export.Exports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.modulith.NamedInterface;

/**
 * The two download links of a finished export: the file, and its {@code .sig} signature sidecar. Shared with the
 * modules that offer signed files of their own (an access review's evidence pack), hence the named interface.
 */
@NamedInterface("export-menu")
public final class ExportLinks {

    private ExportLinks() {}

    public static Component links(Exports exports, long exportId, String fileName) {
        Anchor file = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ExportFile export = exports.file(exportId);
                    return new DownloadResponse(
                            export.content().open(), export.fileName(), export.contentType(), export.size());
                }),
                "");
        file.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + fileName));
        file.setDownload(true);
        file.addClassName("export-download");

        Anchor signature = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ExportFile export = exports.file(exportId);
                    byte[] text = exports.sidecar(exportId).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(text),
                            export.sidecarName(),
                            "text/plain; charset=UTF-8",
                            text.length);
                }),
                "");
        signature.add(VaadinIcon.DIPLOMA_SCROLL.create(), new Span(" Signature (.sig)"));
        signature.setDownload(true);
        signature.addClassName("export-signature");

        HorizontalLayout links = new HorizontalLayout(file, signature);
        links.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return links;
    }
}
