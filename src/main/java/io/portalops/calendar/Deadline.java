package io.portalops.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dated item of the calendar, as its source module describes it. The title carries no personal data (a contract's
 * number and title, a SaaS product's name): it also goes to the iCal feed.
 *
 * @param source      the module, e.g. {@code contract}
 * @param sourceId    the id of the row the item belongs to, unique with {@code source} and {@code type}
 * @param action      what the caller can still do, or null when nothing (past, or the caller may only read)
 * @param link        the UI route that opens the row, e.g. {@code contracts/C-2026-000001}
 * @param ownerId     the account owning the row (a contract's owner), for the owner filter; null when none
 * @param serviceId   the SaaS service the row belongs to, for the service filter; null when none
 * @param serviceName that service's name, for the filter's choices
 * @param repeats     one occurrence of a repeating deadline (an auto-renewing SaaS plan's renewals and cancellation
 *                    deadlines, projected from its billing cycle): its key carries the day, so that each occurrence is
 *                    an item and an iCal event of its own
 */
public record Deadline(
        String source,
        long sourceId,
        DeadlineType type,
        LocalDate day,
        String title,
        @Nullable DeadlineAction action,
        String link,
        @Nullable Long ownerId,
        @Nullable Long serviceId,
        @Nullable String serviceName,
        boolean repeats) {

    /** A deadline that happens once (a contract's end, a card's expiry, a review's due date). */
    public Deadline(
            String source,
            long sourceId,
            DeadlineType type,
            LocalDate day,
            String title,
            @Nullable DeadlineAction action,
            String link,
            @Nullable Long ownerId,
            @Nullable Long serviceId,
            @Nullable String serviceName) {
        this(source, sourceId, type, day, title, action, link, ownerId, serviceId, serviceName, false);
    }

    public Deadline {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
    }

    /** Stable across requests: the iCal UID and the calendar view's item id. */
    public String key() {
        return source + "-" + sourceId + "-" + type.apiName() + (repeats ? "-" + day : "");
    }
}
