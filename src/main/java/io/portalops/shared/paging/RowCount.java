package io.portalops.shared.paging;

import java.util.Locale;

/**
 * How many rows match a grid's filter: exact up to a cap, and "at least the cap" beyond it, so that counting never
 * costs more than reading the cap's worth of ids from an index (ADR 036).
 *
 * @param value   the exact count, or the cap when {@code atLeast}
 * @param atLeast true when more rows match than were counted
 */
public record RowCount(long value, boolean atLeast) {

    /** The cap every grid counts to. */
    public static final int CAP = 10_000;

    public RowCount {
        if (value < 0) {
            throw new IllegalArgumentException("A count is not negative: " + value);
        }
    }

    public static RowCount exact(long value) {
        return new RowCount(value, false);
    }

    /** The count of rows fetched with a limit of {@code cap + 1}: the extra row only tells that more match. */
    public static RowCount ofCapped(long fetched, int cap) {
        return fetched > cap ? new RowCount(cap, true) : exact(fetched);
    }

    /** "1,234" or "10,000+". */
    public String label() {
        return String.format(Locale.ROOT, "%,d", value) + (atLeast ? "+" : "");
    }

    /** "1 contract", "1,234 contracts", "10,000+ contracts". */
    public String label(String one, String many) {
        return label() + " " + (value == 1 && !atLeast ? one : many);
    }
}
