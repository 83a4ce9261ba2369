package io.portalops.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer as a grid row or an API list entry: personal data masked.
 */
public record CustomerListItem(
        long id,
        String externalRef,
        String name,
        CustomerKind kind,
        @Nullable String emailMasked,
        String country,
        CustomerSegment segment,
        CustomerStatus status,
        long ownerId,
        String ownerName,
        Instant updatedAt) {}
