package io.portalops.shared;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a user reads and types dates: ISO 8601 unless they chose another in their profile. A closed list rather than a
 * free pattern, because a date picker must both show and parse it, and every listed style does both unambiguously.
 */
public enum DateStyle {
    ISO("yyyy-MM-dd"),
    DAY_MONTH_DOT("dd.MM.yyyy"),
    DAY_MONTH_SLASH("dd/MM/yyyy"),
    DAY_MONTH_DASH("dd-MM-yyyy"),
    MONTH_DAY_SLASH("MM/dd/yyyy");

    private final String pattern;
    private final DateTimeFormatter formatter;

    DateStyle(String pattern) {
        this.pattern = pattern;
        this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    /** The pattern in the letters that both {@link DateTimeFormatter} and Vaadin's date picker understand. */
    public String pattern() {
        return pattern;
    }

    public String format(LocalDate date) {
        return formatter.format(date);
    }

    /** The style closest to the short date format of a locale (en-US: month first; de: dots; fi: dots; sv: ISO). */
    public static DateStyle forLocale(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                        FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .strip();
        if (shortPattern.startsWith("y")) {
            return ISO;
        }
        if (shortPattern.startsWith("M")) {
            return MONTH_DAY_SLASH;
        }
        if (shortPattern.contains(".")) {
            return DAY_MONTH_DOT;
        }
        if (shortPattern.contains("-")) {
            return DAY_MONTH_DASH;
        }
        return shortPattern.startsWith("d") ? DAY_MONTH_SLASH : ISO;
    }
}
