package io.portalops.notification;

/** Where an outbox message stands. SENDING is held under a lease: a sender that dies leaves it to be claimed again. */
public enum OutboxStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
