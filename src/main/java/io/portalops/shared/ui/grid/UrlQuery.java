package io.portalops.shared.ui.grid;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing a filter bar's query parameters. A link may carry anything, so every reader answers null (or
 * empty) for a missing, unknown or malformed value rather than failing the page.
 */
public final class UrlQuery {

    private final Map<String, List<String>> read;
    private final Map<String, String> written = new LinkedHashMap<>();

    private UrlQuery(Map<String, List<String>> read) {
        this.read = read;
    }

    public static UrlQuery of(QueryParameters parameters) {
        return new UrlQuery(parameters.getParameters());
    }

    /** An empty query to write into. */
    public static UrlQuery write() {
        return new UrlQuery(Map.of());
    }

    public String text(String key) {
        List<String> values = read.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    public <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type) {
        try {
            String value = text(key).strip();
            return value.isEmpty() ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public @Nullable Long id(String key) {
        String value = text(key).strip();
        return value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    public @Nullable BigDecimal decimal(String key) {
        try {
            String value = text(key).strip();
            return value.isEmpty() ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public @Nullable LocalDate date(String key) {
        try {
            String value = text(key).strip();
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The item among {@code items} whose id (as {@code idOf} gives it) the parameter names. */
    public <T> @Nullable T item(String key, Collection<T> items, Function<T, ?> idOf) {
        String value = text(key);
        return items.stream()
                .filter(item -> String.valueOf(idOf.apply(item)).equals(value))
                .findFirst()
                .orElse(null);
    }

    /** Writes {@code key} when the value is present (not null, not blank); enums by name, decimals plainly. */
    public UrlQuery put(String key, @Nullable Object value) {
        String text = switch (value) {
            case null -> "";
            case Enum<?> e -> e.name();
            case BigDecimal d -> d.toPlainString();
            default -> value.toString().strip();
        };
        if (!text.isEmpty()) {
            written.put(key, text);
        }
        return this;
    }

    public QueryParameters toParameters() {
        return QueryParameters.simple(written);
    }
}
