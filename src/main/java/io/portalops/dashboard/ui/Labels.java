package io.portalops.dashboard.ui;

import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the dashboard writes counts, money, days, months and statuses. */
final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private Labels() {
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "EUR 1,200 · SEK 30,000", or "none" when every amount is zero. */
    static String money(List<Money> amounts, String suffix) {
        List<Money> nonZero = amounts.stream().filter(m -> m.amount().compareTo(BigDecimal.ZERO) > 0).toList();
        return nonZero.isEmpty() ? "none" : nonZero.stream().map(m -> m.formatWhole() + suffix).collect(Collectors.joining(" · "));
    }
}
