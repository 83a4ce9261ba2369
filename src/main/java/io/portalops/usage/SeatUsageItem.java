package io.portalops.usage;

import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.SeatState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One active grant's seat on the product usage page.
 *
 * @param reclaimable idle (or never used since granted before the cutoff): a reclaim would propose it
 * @param underRevoke a revoke task for it is open already
 */
public record SeatUsageItem(
        long grantId,
        long personId,
        String personName,
        EmploymentStatus personStatus,
        @Nullable Instant grantedAt,
        @Nullable Instant lastUsedAt,
        SeatState state,
        boolean reclaimable,
        boolean underRevoke) {}
