package io.portalops.dashboard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows one user: a part per role they hold (null when they hold none of its roles), when the
 * figures were computed ({@code asOf}, null before the first refresh), and how long reading them took.
 */
public record DashboardSnapshot(
        @Nullable ApprovalFigures approvals,
        @Nullable AccountFigures account,
        @Nullable AnalysisFigures analysis,
        @Nullable SaasFigures saas,
        @Nullable Instant asOf,
        Instant now,
        long readMillis) {

    public boolean isEmpty() {
        return approvals == null && account == null && analysis == null && saas == null;
    }
}
