package io.portalops.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An approver's part: what waits for them (and since how long), what they decided since Monday, and their decisions
 * per week over the last six weeks (this one included).
 */
public record ApprovalFigures(
        long waiting,
        @Nullable Duration oldestWaiting,
        long approvedThisWeek,
        long rejectedThisWeek,
        List<DecisionWeek> weeks) {

    /** Decisions in the week starting on Monday {@code from}. */
    public record DecisionWeek(LocalDate from, long approved, long rejected) {}
}
