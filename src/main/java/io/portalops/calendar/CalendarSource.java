package io.portalops.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A module that has dated deadlines implements this as a Spring bean in its own package; the calendar collects every
 * bean and never reads the module's tables (ADR 041).
 *
 * <p>The contract an implementation keeps:
 * <ul>
 *   <li>It reads the current user from the security context, as its own services do, and returns exactly the rows its
 *       own grid would show that user. A caller whose roles see nothing of the module gets an empty list, not an
 *       error: the calendar asks every source for everyone.
 *   <li>It returns only items of the asked {@code types} whose day falls within {@code from}..{@code to} (inclusive),
 *       ordered by day, at most {@code limit} + 1 of them (one more tells the calendar the range was cut).
 *   <li>It sets {@link Deadline#action()} only when the caller may do it and the day has not passed.
 *   <li>It is read-only and runs in its own read-only transaction.
 * </ul>
 */
public interface CalendarSource {

    /** The types this source can return. */
    Set<DeadlineType> types();

    List<Deadline> deadlines(LocalDate from, LocalDate to, Set<DeadlineType> types, int limit);
}
