package io.portalops.payment;

import io.portalops.shared.storage.StoredContent;

/** A stored invoice ready to send: its metadata and its stored content, opened when sent. */
public record InvoiceFile(InvoiceInfo info, StoredContent content) {}
