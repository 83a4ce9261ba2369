package io.portalops.calendar;

import io.portalops.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A calendar range, inclusive at both ends and at most {@link #MAX_DAYS} days long, with optional filters: the types
 * (all when empty), a contract owner and a SaaS service. An item that has no owner (or no service) is left out when
 * that filter is set.
 */
public record CalendarQuery(
        LocalDate from,
        LocalDate to,
        Set<DeadlineType> types,
        @Nullable Long ownerId,
        @Nullable Long serviceId) {

    public static final int MAX_DAYS = 400;

    public CalendarQuery {
        if (from == null || to == null) {
            throw new InvalidInputException("from", "Both from and to are required (YYYY-MM-DD).");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "to must not be before from.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "A range spans at most " + MAX_DAYS + " days.");
        }
        types = types == null || types.isEmpty() ? EnumSet.allOf(DeadlineType.class) : EnumSet.copyOf(types);
    }

    /** Whether an item passes this query's type, day, owner and service filters. */
    public boolean admits(Deadline item) {
        return types.contains(item.type())
                && !item.day().isBefore(from)
                && !item.day().isAfter(to)
                && (ownerId == null || ownerId.equals(item.ownerId()))
                && (serviceId == null || serviceId.equals(item.serviceId()));
    }

    public static CalendarQuery of(LocalDate from, LocalDate to) {
        return new CalendarQuery(from, to, Set.of(), null, null);
    }
}
