package io.portalops.dashboard;

import io.portalops.payment.PaymentFigures.SpendFigure;
import io.portalops.shared.Money;
import io.portalops.usage.IdleSeatFigures;
import io.portalops.workflow.WorkflowFigures.OpenTasks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The SaaS part, over the services and products in the caller's scope: spend per month and service, seat use of
 * per-seat products, money per month in unused seats (per currency), renewals whose cancellation deadline falls within
 * {@value Dashboard#DEADLINE_DAYS} days or has passed (as the Payments filter keeps them), cards expiring within {@value Dashboard#CARD_DAYS} days (only where the caller
 * sees the expiry), open onboarding and offboarding tasks, and the seat-reclaim figures (money in idle seats, money
 * reclaimed this quarter).
 */
public record SaasFigures(
        YearMonth firstMonth,
        YearMonth lastMonth,
        List<SpendFigure> spend,
        List<SeatUse> seats,
        List<Money> unusedMonthly,
        List<Deadline> deadlines,
        long cardsExpiring,
        boolean seesCards,
        List<OpenTasks> tasks,
        IdleSeatFigures idleSeats) {

    /** Seats of one per-seat product. */
    public record SeatUse(
            long productId, long serviceId, String serviceName, String productName, int assigned, int purchased) {

        public int percent() {
            return purchased == 0 ? 0 : (int) Math.round(100.0 * assigned / purchased);
        }
    }

    /** A billing record whose cancellation deadline is near. */
    public record Deadline(
            long recordId,
            String product,
            LocalDate cancellationDeadline,
            LocalDate nextRenewal,
            Money amount,
            boolean autoRenew) {}
}
