package io.portalops.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path variables and query parameters that are whole numbers are read as plain decimal. Spring's default editor
 * also reads {@code 0x10} and {@code #10} as 16 and {@code 010} as 8 (and is the fallback when a converter refuses), so
 * {@code DELETE /api/access-grants/0x10} acted on grant 16: the same class of surprise as a JSON id of 1.5 acting on
 * row 1 (ADR 019). A custom editor is consulted before both.
 */
@ControllerAdvice
class StrictNumberBinding {

    @InitBinder
    void decimalWholeNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf, true));
    }

    private static final class Decimal<T> extends PropertyEditorSupport {

        private final Function<String, T> parse;
        private final boolean nullable;

        Decimal(Function<String, T> parse, boolean nullable) {
            this.parse = parse;
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            String value = text == null ? "" : text.strip();
            if (value.isEmpty() && nullable) {
                setValue(null);
                return;
            }
            if (!value.matches("-?(0|[1-9][0-9]{0,18})")) {
                throw new IllegalArgumentException("not a plain decimal whole number");
            }
            setValue(parse.apply(value));
        }
    }
}
