package io.portalops.calendar;

import java.util.List;

/**
 * The merged deadlines of a range, ordered by day, type and title; {@code truncated} when the range held more than
 * {@link CalendarService#MAX_ITEMS} and only the first ones are given (narrow the range or the types).
 */
public record CalendarResult(List<Deadline> items, boolean truncated) {

    public CalendarResult {
        items = List.copyOf(items);
    }
}
