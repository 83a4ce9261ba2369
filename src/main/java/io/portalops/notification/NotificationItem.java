package io.portalops.notification;

import java.time.Instant;

/** One notification as the bell and the notifications view show it. */
public record NotificationItem(
        long id, NotificationCause cause, String title, String body, String link, Instant createdAt, boolean read) {}
