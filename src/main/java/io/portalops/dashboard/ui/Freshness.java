package io.portalops.dashboard.ui;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** "as of 2 minutes ago": how old the pre-aggregated figures are. */
final class Freshness {

    private Freshness() {}

    static String of(@Nullable Instant asOf, Instant now) {
        if (asOf == null) {
            return "Figures are being computed for the first time; reload in a minute.";
        }
        return "Figures as of " + ago(Duration.between(asOf, now));
    }

    static String ago(Duration age) {
        long seconds = Math.max(age.toSeconds(), 0);
        if (seconds < 60) {
            return "less than a minute ago";
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute") + " ago";
        }
        if (seconds < 86_400) {
            return plural(seconds / 3600, "hour") + " ago";
        }
        return plural(seconds / 86_400, "day") + " ago";
    }

    /** A waiting time: "3 days", "5 hours", "12 minutes". */
    static String age(Duration age) {
        String ago = ago(age);
        return ago.endsWith(" ago") ? ago.substring(0, ago.length() - 4) : ago;
    }

    static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
