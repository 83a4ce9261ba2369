package io.portalops.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/** Checks {@link StorableDate} on the java.time types the app binds. */
public class StorableDateValidator implements ConstraintValidator<StorableDate, Temporal> {

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        return value == null || inRange(value);
    }

    private static final Instant FIRST =
            LocalDate.of(StorableDate.MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST =
            LocalDate.of(StorableDate.MAX_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    public static boolean inRange(Temporal value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
        }
        int year = switch (value) {
            case LocalDate date -> date.getYear();
            case LocalDateTime dateTime -> dateTime.getYear();
            case OffsetDateTime dateTime -> dateTime.getYear();
            case ZonedDateTime dateTime -> dateTime.getYear();
            default -> value.get(ChronoField.YEAR);
        };
        return year >= StorableDate.MIN_YEAR && year <= StorableDate.MAX_YEAR;
    }
}
