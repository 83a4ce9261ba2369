package io.portalops.shared.ui.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One all-day item of a {@link CalendarBoard}.
 *
 * @param id     unique within the board; a click reports it back
 * @param day    the day it falls on
 * @param title  what the cell shows
 * @param kind   a CSS-safe word that colours the item ({@code portalops-calendar-<kind>})
 * @param action what the user can still do, shown in front of the title and highlighted; null when nothing is due
 * @param link   the route the item opens
 */
public record CalendarItem(
        String id,
        LocalDate day,
        String title,
        String kind,
        @Nullable String action,
        String link) {

    public CalendarItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        if (!kind.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("Not a CSS-safe kind: " + kind);
        }
    }

    public String label() {
        return action == null ? title : action + ": " + title;
    }
}
