package io.portalops.payment.ui;

import io.portalops.inventory.BillingCycle;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How urgent a renewal is, by its cancellation deadline against the cycle's notice window (30 days, 7 for monthly):
 * passed, inside the window, or inside twice the window. One highlight for all of them lit up nearly every row
 * of a list sorted by deadline; three shades with a legend show which to act on first.
 */
enum PaymentUrgency {
    OVERDUE("urgency-overdue", "Deadline passed"),
    IN_WINDOW("urgency-window", "Within the notice window"),
    APPROACHING("urgency-approaching", "Within twice the notice window");

    private final String part;
    private final String label;

    PaymentUrgency(String part, String label) {
        this.part = part;
        this.label = label;
    }

    String part() {
        return part;
    }

    String label() {
        return label;
    }

    static int windowDays(BillingCycle cycle) {
        return cycle == BillingCycle.MONTHLY ? PaymentRegister.MONTHLY_ATTENTION_DAYS : PaymentRegister.ATTENTION_DAYS;
    }

    static @Nullable PaymentUrgency of(PaymentListItem item, LocalDate today) {
        LocalDate deadline = item.cancellationDeadline();
        int window = windowDays(item.cycle());
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        if (!deadline.isAfter(today.plusDays(window))) {
            return IN_WINDOW;
        }
        if (!deadline.isAfter(today.plusDays(2L * window))) {
            return APPROACHING;
        }
        return null;
    }
}
