package io.portalops.export;

import io.portalops.shared.storage.StoredContent;

/**
 * A finished export ready to send: its stored content (opened when sent), its name and type, and the SHA-256 and signature that travel with it
 * (as {@code X-Content-SHA256} and {@code X-Signature} on the API, as a {@code .sig} sidecar in the UI).
 */
public record ExportFile(
        long exportId,
        StoredContent content,
        String fileName,
        String contentType,
        long size,
        long rows,
        String sha256,
        String signature) {

    /** The signature sidecar's name, e.g. {@code contracts-20261203-1412.csv.sig}. */
    public String sidecarName() {
        return fileName + ".sig";
    }
}
