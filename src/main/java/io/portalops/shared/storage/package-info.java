/**
 * Where the app's files live (uploads, exports): a {@link io.portalops.shared.storage.FileStore} over a directory,
 * which may be a volume shared by every node, or over an S3-compatible object store (ADR 049).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.shared.storage;
