package io.portalops.notification;

/**
 * Why someone is notified. Each cause has a delivery that applies until the recipient chooses another: what needs
 * action soon is emailed at once, reminders go to the daily digest.
 */
public enum NotificationCause {
    APPROVAL_NEEDED("A contract needs my approval", Delivery.IMMEDIATE),
    DECISION("My contract was approved or rejected", Delivery.IMMEDIATE),
    MENTION("Someone mentioned me in a note", Delivery.IMMEDIATE),
    FLAG_RAISED("A flag was raised on my contract", Delivery.IMMEDIATE),
    TASK_ASSIGNED("A task was assigned to me", Delivery.IMMEDIATE),
    PAYMENT_RENEWAL("A payment renewal or notice deadline is near", Delivery.DIGEST),
    CARD_EXPIRY("A payment card is about to expire", Delivery.DIGEST),
    TASK_REMINDER("A task of mine is due", Delivery.DIGEST),
    CONTRACT_RENEWAL("A contract renewal or notice deadline is near", Delivery.DIGEST),
    APPROVAL_ESCALATION("An approval is waiting too long", Delivery.IMMEDIATE),
    EXPORT_READY("A large export of mine is ready", Delivery.IN_APP),
    SEAT_RECLAIM("Idle seats of my products are proposed for reclaim", Delivery.DIGEST),
    SEAT_THRESHOLD("A product of mine has too many unused seats, or too few left", Delivery.IMMEDIATE),
    REVIEW_ASSIGNED("An access review needs my decisions", Delivery.IMMEDIATE),
    REVIEW_REMINDER("An access review of mine is due soon", Delivery.DIGEST),
    REVIEW_ESCALATION("An access review is overdue", Delivery.IMMEDIATE);

    private final String label;
    private final Delivery defaultDelivery;

    NotificationCause(String label, Delivery defaultDelivery) {
        this.label = label;
        this.defaultDelivery = defaultDelivery;
    }

    public String label() {
        return label;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }
}
