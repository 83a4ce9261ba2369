package io.portalops.shared.validation;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.text.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The check for free text a service takes as a plain argument (a note, a reason, evidence) rather than in a record:
 * the same rules as {@code @Size(max) @MultiLineText} on a record, with the limit a constant the form reads too.
 * Tab and line breaks are allowed; NUL, other control characters and unpaired surrogates are not.
 */
public final class FreeText {

    private FreeText() {}

    /** The stripped text, or null when it is absent or blank. */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(field, value, max);
    }

    /** The stripped text; a missing or blank one is refused with {@code missing}. */
    public static String required(String field, @Nullable String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, missing);
        }
        return checked(field, value, max);
    }

    /** One line of text (no tab or line break), stripped, or null when absent or blank. */
    public static @Nullable String optionalLine(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        String problem = PlainText.singleLineProblem(text);
        if (problem != null) {
            throw new InvalidInputException(field, "The text " + problem);
        }
        return text;
    }

    /** The message for text over {@code max} characters, the same on every form and in the API. */
    public static String tooLong(int max) {
        return "Keep it to " + max + " characters at most.";
    }

    private static String checked(String field, String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, tooLong(max));
        }
        String problem = PlainText.problem(stripped);
        if (problem != null) {
            throw new InvalidInputException(field, "The text " + problem);
        }
        return stripped;
    }
}
