package io.portalops.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An active grant with its holder as they are now, for an access review's snapshot.
 *
 * @param grantedBy the account id that granted it, if one did
 */
public record ActiveGrant(
        long grantId,
        long personId,
        String personName,
        EmploymentStatus personStatus,
        @Nullable String department,
        long productId,
        @Nullable Instant grantedAt,
        @Nullable Long grantedBy) {}
