package io.portalops.jobs.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Times and durations as the Jobs screen writes them, in the server's zone, which is also the crons' zone. */
final class JobTimes {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private JobTimes() {}

    static String at(@Nullable Instant instant) {
        return instant == null ? "—" : AT.format(instant);
    }

    static String duration(@Nullable Duration duration) {
        if (duration == null) {
            return "running";
        }
        long millis = duration.toMillis();
        return millis < 1000
                ? millis + " ms"
                : millis < 60_000
                        ? String.format("%.1f s", millis / 1000.0)
                        : duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
