package io.portalops.dashboard;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** An approver's part: what waits for them (and since how long), and what they decided since Monday. */
public record ApprovalFigures(long waiting, @Nullable Duration oldestWaiting, long approvedThisWeek, long rejectedThisWeek) {
}
