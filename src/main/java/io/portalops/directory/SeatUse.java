package io.portalops.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An active grant's seat with its holder and when they last used the product (null: never seen). */
public record SeatUse(
        long grantId,
        long personId,
        String personName,
        EmploymentStatus personStatus,
        long productId,
        @Nullable Instant grantedAt,
        @Nullable Instant lastUsedAt) {

    /** Used since the cutoff: active; used before it: idle; no use recorded: never used. */
    public SeatState state(Instant cutoff) {
        if (lastUsedAt == null) {
            return SeatState.NEVER_USED;
        }
        return lastUsedAt.isBefore(cutoff) ? SeatState.IDLE : SeatState.ACTIVE;
    }

    /**
     * Worth reclaiming: not used since the cutoff, counting from the grant when it was never used, so that a seat
     * granted yesterday is not taken back for want of use.
     */
    public boolean reclaimable(Instant cutoff) {
        Instant since = lastUsedAt != null ? lastUsedAt : grantedAt;
        return since == null || since.isBefore(cutoff);
    }
}
