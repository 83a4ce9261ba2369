package io.portalops.notification.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How notification times read in the bell and the list: relative while recent, a date after a day. */
final class NotificationFormat {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private NotificationFormat() {}

    static String when(Instant at, Instant now) {
        Duration age = Duration.between(at, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        return DATE.format(at);
    }
}
