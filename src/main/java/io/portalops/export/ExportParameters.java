package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.validation.StorableDateValidator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The filter parameters of an API export, read with clear errors: a name the grid does not know, or a value that
 * does not parse, is bad input naming the parameter.
 */
public final class ExportParameters {

    private final Map<String, String> values;

    public ExportParameters(Map<String, String> values, Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    unknown.iterator().next(),
                    "Unknown filter " + unknown + "; this grid takes " + new TreeSet<>(known) + ".");
        }
        this.values = Map.copyOf(values);
    }

    public @Nullable String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable Long id(String name) {
        return parsed(name, Long::valueOf);
    }

    public @Nullable Integer integer(String name) {
        return parsed(name, Integer::valueOf);
    }

    public @Nullable BigDecimal decimal(String name) {
        return parsed(name, BigDecimal::new);
    }

    public @Nullable LocalDate date(String name) {
        return parsed(name, value -> storable(LocalDate.parse(value)));
    }

    /** An ISO-8601 instant with an offset, e.g. {@code 2026-12-01T00:00:00Z}. */
    public @Nullable Instant instant(String name) {
        return parsed(name, value -> storable(OffsetDateTime.parse(value).toInstant()));
    }

    /** A date outside what PostgreSQL and the business hold is as bad as one that does not parse. */
    private static <T extends Temporal> T storable(T value) {
        if (!StorableDateValidator.inRange(value)) {
            throw new IllegalArgumentException("out of range");
        }
        return value;
    }

    /** The value parsed, null when absent; a value the parser refuses is bad input naming the parameter. */
    private <T> @Nullable T parsed(String name, Function<String, T> parser) {
        String value = text(name);
        try {
            return value == null ? null : parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ExportQuery.badFilter(name, value);
        }
    }

    public @Nullable Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ExportQuery.badFilter(name, value);
        };
    }

    public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
        String value = text(name);
        try {
            return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ExportQuery.badFilter(name, value);
        }
    }

    /** The {@code sort} parameter, e.g. {@code number,desc}, from the grid's whitelist; none gives the grid's default. */
    public <P extends Enum<P>> List<SortOrder<P>> sort(Class<P> properties) {
        String value = text("sort");
        return value == null ? List.of() : List.of(SortOrder.parse(value, properties));
    }
}
