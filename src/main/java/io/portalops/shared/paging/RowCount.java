package io.portalops.shared.paging;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How many rows match a grid's filter: exact up to a cap, "at least the cap" beyond it, or, where a grid asks the
 * planner (ADR 046), "about" the planner's estimate once more than the cap match; so that counting never costs more
 * than reading the cap's worth of ids from an index (ADR 036).
 *
 * @param value     the exact count, the cap when {@code atLeast}, or the planner's estimate when {@code estimated}
 * @param atLeast   true when more rows match than were counted
 * @param estimated true when {@code value} is the planner's estimate of a count known to exceed the cap
 */
public record RowCount(long value, boolean atLeast, boolean estimated) {

    /** The cap every grid counts to. */
    public static final int CAP = 10_000;

    public RowCount {
        if (value < 0) {
            throw new IllegalArgumentException("A count is not negative: " + value);
        }
        if (atLeast && estimated) {
            throw new IllegalArgumentException("A count is either a lower bound or an estimate");
        }
    }

    public RowCount(long value, boolean atLeast) {
        this(value, atLeast, false);
    }

    public static RowCount exact(long value) {
        return new RowCount(value, false, false);
    }

    /** The planner's estimate of a count already known to be above the cap. */
    public static RowCount estimate(long value) {
        return new RowCount(value, false, true);
    }

    /** The count of rows fetched with a limit of {@code cap + 1}: the extra row only tells that more match. */
    public static RowCount ofCapped(long fetched, int cap) {
        return fetched > cap ? new RowCount(cap, true) : exact(fetched);
    }

    /** "1,234", "10,000+" or "about 1.2M". */
    public String label() {
        if (estimated) {
            return "about " + compact(value);
        }
        return String.format(Locale.ROOT, "%,d", value) + (atLeast ? "+" : "");
    }

    /** "1 contract", "1,234 contracts", "10,000+ contracts", "about 1.2M events". */
    public String label(String one, String many) {
        return label() + " " + (value == 1 && !atLeast && !estimated ? one : many);
    }

    /** Two significant digits, as an estimate deserves no more: 12,345 is "12K", 1,234,567 is "1.2M". */
    static String compact(long value) {
        if (value < 1_000) {
            return Long.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP));
        String[] units = {"", "K", "M", "B", "T"};
        int unit = 0;
        while (rounded.compareTo(BigDecimal.valueOf(1_000)) >= 0 && unit < units.length - 1) {
            rounded = rounded.movePointLeft(3);
            unit++;
        }
        return rounded.stripTrailingZeros().toPlainString() + units[unit];
    }
}
