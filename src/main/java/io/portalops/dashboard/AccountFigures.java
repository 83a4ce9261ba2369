package io.portalops.dashboard;

import io.portalops.contract.ContractFigures.StatusFigure;
import io.portalops.event.EventFigures.Alerts;
import java.time.LocalDate;
import java.util.List;

/**
 * An account manager's part, over their own customers: contracts by status, open flags, active contracts ending in
 * the next 90 days per week (renewing by themselves or expiring), and recent high-severity events.
 */
public record AccountFigures(
        List<StatusFigure> byStatus, long openFlags, List<EndingWeek> endingByWeek, Alerts alerts) {

    /** Active contracts ending from {@code from} to {@code to}, both included. */
    public record EndingWeek(LocalDate from, LocalDate to, long renewing, long expiring) {}

    public long renewing() {
        return endingByWeek.stream().mapToLong(EndingWeek::renewing).sum();
    }

    public long expiring() {
        return endingByWeek.stream().mapToLong(EndingWeek::expiring).sum();
    }
}
