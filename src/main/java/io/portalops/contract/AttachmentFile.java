package io.portalops.contract;

import io.portalops.shared.storage.StoredContent;

/** A stored attachment ready to send: its metadata and its stored content, opened when sent. */
public record AttachmentFile(AttachmentInfo info, StoredContent content) {}
