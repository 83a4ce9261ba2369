package io.portalops.dashboard.ui;

import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How the dashboard writes counts, money, days, months and statuses. */
final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private Labels() {}

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** The amounts that are not zero, largest first (amounts in different currencies are never added up). */
    static List<String> money(List<Money> amounts) {
        return amounts.stream()
                .filter(m -> m.amount().compareTo(BigDecimal.ZERO) > 0)
                .sorted(Comparator.comparing(Money::amount).reversed())
                .map(Money::formatWhole)
                .toList();
    }
}
