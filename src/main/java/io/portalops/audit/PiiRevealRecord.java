package io.portalops.audit;

import java.time.Instant;

public record PiiRevealRecord(
        long id,
        Instant revealedAt,
        long accountId,
        String username,
        String targetType,
        String targetId,
        String field,
        String reason) {}
