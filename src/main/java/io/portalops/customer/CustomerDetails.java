package io.portalops.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer for its detail screen and {@code GET /api/customers/{id}}: personal data masked; what the caller may do.
 */
public record CustomerDetails(
        long id,
        String externalRef,
        String name,
        CustomerKind kind,
        @Nullable String nationalIdMasked,
        @Nullable String emailMasked,
        @Nullable String phone,
        @Nullable String address,
        String country,
        CustomerSegment segment,
        CustomerStatus status,
        long ownerId,
        String ownerName,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean editable,
        boolean revealable) {}
