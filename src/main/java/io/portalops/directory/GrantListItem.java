package io.portalops.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An access grant as the person page, the API and the product's holder list show it.
 *
 * @param changeable whether the caller may activate, edit or revoke it now
 * @param lastUsedAt when the person last used the product (usage events, sign-in imports), null if never seen
 */
public record GrantListItem(
        long id,
        long personId,
        String personName,
        long productId,
        String serviceName,
        String productName,
        @Nullable String role,
        GrantStatus status,
        Instant requestedAt,
        @Nullable String requestedBy,
        @Nullable Instant grantedAt,
        @Nullable String grantedBy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String note,
        long version,
        boolean changeable,
        @Nullable Instant lastUsedAt) {

    public String productLabel() {
        return serviceName + " · " + productName;
    }
}
