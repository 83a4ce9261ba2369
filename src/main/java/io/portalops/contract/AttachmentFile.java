package io.portalops.contract;

import java.nio.file.Path;

/** A stored attachment ready to send: its metadata and where its bytes are. */
public record AttachmentFile(AttachmentInfo info, Path path) {}
