package io.portalops.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Path variables and query parameters that are whole numbers are read as plain decimal. Spring's default conversion
 * also reads {@code 0x10} and {@code #10} as 16 and {@code 010} as 8, so {@code DELETE /api/access-grants/0x10} acted on
 * grant 16: the same class of surprise as a JSON id of 1.5 acting on row 1 (ADR 019).
 */
@Configuration
class StrictNumbersConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, @Nullable Long>) text -> decimal(text, Long::valueOf));
        registry.addConverter(String.class, Integer.class, (Converter<String, @Nullable Integer>) text -> decimal(text, Integer::valueOf));
    }

    private static <T> @Nullable T decimal(String text, java.util.function.Function<String, T> parse) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("-?[0-9]{1,19}") || (value.length() > 1 && value.replaceFirst("^-", "").startsWith("0"))) {
            throw new IllegalArgumentException("not a plain decimal whole number");
        }
        return parse.apply(value);
    }
}
