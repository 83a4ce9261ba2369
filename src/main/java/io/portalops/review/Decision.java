package io.portalops.review;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A reviewer's verdict on one access: keep it, or revoke it (with a comment saying why). */
public enum Decision {
    KEEP("Keep"),
    REVOKE("Revoke");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "keep" or "revoke", in any case; null for anything else. */
    public static @Nullable Decision parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "keep" -> KEEP;
            case "revoke" -> REVOKE;
            default -> null;
        };
    }
}
