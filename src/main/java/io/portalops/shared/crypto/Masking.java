package io.portalops.shared.crypto;

import org.jspecify.annotations.Nullable;

/**
 * How personal data looks to someone who has not revealed it: enough to recognise, not enough to use.
 */
public final class Masking {

    private static final String DOTS = "•••";

    private Masking() {}

    /** {@code jane@example.com} becomes {@code j•••@example.com}. */
    public static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return DOTS;
        }
        return email.charAt(0) + DOTS + email.substring(at);
    }

    /** Keeps the last four characters: {@code 850101-1234} becomes {@code •••••1234}. */
    public static @Nullable String lastFour(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String compact = value.replaceAll("[\\s.\\-/]", "");
        if (compact.length() <= 4) {
            return "•••••";
        }
        return "•••••" + compact.substring(compact.length() - 4);
    }

    /** Keeps each word's first letter: {@code Jane Doe} becomes {@code J••• D•••}. */
    public static @Nullable String name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.appendCodePoint(word.codePointAt(0)).append(DOTS);
        }
        return masked.toString();
    }
}
