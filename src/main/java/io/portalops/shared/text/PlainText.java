package io.portalops.shared.text;

import org.jspecify.annotations.Nullable;

/**
 * What a text value may hold before it reaches PostgreSQL, a log or another system. PostgreSQL refuses U+0000 in
 * text and jsonb; an unpaired UTF-16 surrogate is silently turned into '?' by the driver, so two different inputs
 * would be stored as one. Other C0 controls and DEL have no business in business data, except tab, line feed and
 * carriage return in free text.
 */
public final class PlainText {

    private PlainText() {}

    /** Why {@code value} cannot be stored as text, or null when it can. Tab, CR and LF are allowed. */
    public static @Nullable String problem(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains the NUL character (U+0000), which cannot be stored.";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return String.format("contains the control character U+%04X.", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired UTF-16 surrogate, which is not valid Unicode.";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate, which is not valid Unicode.";
            }
        }
        return null;
    }

    /**
     * Why {@code value} cannot be one line of text (a name, an id, a title), or null when it can: what {@link #problem}
     * refuses, and also tab, CR and LF, which would split a CSV cell, a log line or a mail subject and hide a second
     * line behind the first in a one-line field.
     */
    public static @Nullable String singleLineProblem(@Nullable String value) {
        String problem = problem(value);
        if (problem != null || value == null) {
            return problem;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t') {
                return "must be one line: it contains a tab.";
            }
            if (c == '\n' || c == '\r') {
                return "must be one line: it contains a line break.";
            }
        }
        return null;
    }

    /** The value with every character {@link #problem} objects to replaced by U+FFFD, for storing what was refused. */
    public static @Nullable String sanitized(@Nullable String value) {
        if (value == null || problem(value) == null) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
