package io.portalops.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file accepted by {@link UploadedFiles}: the random name it is stored under, its sanitised display name, the type
 * recognised from its bytes, its size and SHA-256 (hex). Also the stored-file columns of every entity that keeps one
 * (contract attachments, invoices): they share these column names.
 */
@Embeddable
public record StoredFile(
        String storedName,
        @Column(name = "original_name") String displayName,
        String contentType,
        long sizeBytes,
        String sha256) {}
