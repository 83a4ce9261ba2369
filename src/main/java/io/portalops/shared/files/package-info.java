/**
 * Uploaded files (contract attachments, invoices): type sniffed from the bytes, size limit, SHA-256, random stored
 * names and sanitised display names, in one place.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.shared.files;
