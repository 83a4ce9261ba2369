package io.portalops.calendar;

import java.util.Locale;
import java.util.Optional;

/** What a deadline is. The API names a type in kebab case, e.g. {@code contract-notice}. */
public enum DeadlineType {
    CONTRACT_END("Contract ends", "contract"),
    CONTRACT_NOTICE("Notice deadline", "contract"),
    RENEWAL("SaaS renewal", "renewal"),
    RENEWAL_NOTICE("SaaS cancellation deadline", "renewal"),
    CARD_EXPIRY("Card expires", "card"),
    REVIEW_DUE("Access review due", "review");

    private final String label;
    private final String kind;

    DeadlineType(String label, String kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    /** The colour family in the calendar view. */
    public String kind() {
        return kind;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DeadlineType> fromApiName(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DeadlineType type : values()) {
            if (type.name().equals(normal)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
