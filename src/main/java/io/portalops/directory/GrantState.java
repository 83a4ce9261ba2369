package io.portalops.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A grant and its holder as they are now, shown next to a snapshot of them. */
public record GrantState(
        long grantId, GrantStatus status, @Nullable Instant revokedAt, EmploymentStatus personStatus) {}
