package io.portalops.payment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The attention badges of a billing record, in words as well as colour: a renewal inside its notice window and a
 * card about to expire.
 */
final class PaymentBadges {

    private PaymentBadges() {}

    static Div of(
            boolean renewalDue,
            LocalDate cancellationDeadline,
            boolean cardExpiring,
            @Nullable LocalDate cardLastValidDay,
            LocalDate today) {
        Div badges = new Div();
        badges.addClassName("payment-badges");
        if (renewalDue) {
            long days = ChronoUnit.DAYS.between(today, cancellationDeadline);
            badges.add(badge(
                    days < 0
                            ? "Deadline passed"
                            : days == 0 ? "Cancel today" : "Cancel within " + days + (days == 1 ? " day" : " days"),
                    days < 0 ? "error" : "warning",
                    "renewal-badge"));
        }
        if (cardExpiring && cardLastValidDay != null) {
            boolean expired = cardLastValidDay.isBefore(today);
            badges.add(badge(
                    expired ? "Card expired" : "Card expires " + cardLastValidDay,
                    expired ? "error" : "warning",
                    "card-badge"));
        }
        return badges;
    }

    private static Span badge(String text, String variant, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge pill small " + variant);
        badge.addClassName(className);
        return badge;
    }
}
