package io.portalops.contract;

import java.time.Instant;

public record AttachmentInfo(
        long id,
        long contractId,
        String name,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedByName,
        Instant uploadedAt) {}
