package io.portalops.payment;

import java.nio.file.Path;

/** A stored invoice ready to send: its metadata and where its bytes are. */
public record InvoiceFile(InvoiceInfo info, Path path) {}
