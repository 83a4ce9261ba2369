package io.portalops.dashboard.ui;

import io.portalops.dashboard.ApprovalFigures;

/** The approver's part: the queue waiting for them and what they decided this week. */
final class ApprovalSection {

    private ApprovalSection() {
    }

    static DashboardSection of(ApprovalFigures figures) {
        String oldest = figures.oldestWaiting() == null ? "nothing waiting" : "oldest waits " + Freshness.age(figures.oldestWaiting());
        return new DashboardSection("My approvals", "approvals")
                .tile(Tile.of("Waiting for me", Labels.count(figures.waiting()), oldest, DrillDowns.myApprovals(), figures.waiting() > 0))
                .tile(Tile.of("Approved this week", Labels.count(figures.approvedThisWeek()), "since Monday", null, false))
                .tile(Tile.of("Rejected this week", Labels.count(figures.rejectedThisWeek()), "since Monday", null, false));
    }
}
