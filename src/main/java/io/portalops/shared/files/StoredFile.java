package io.portalops.shared.files;

/**
 * A file accepted by {@link UploadedFiles}: the random name it is stored under, its sanitised display name, the type
 * recognised from its bytes, its size and SHA-256 (hex).
 */
public record StoredFile(String storedName, String displayName, String contentType, long sizeBytes, String sha256) {
}
