package io.portalops.calendar;

import java.util.Locale;
import java.util.Optional;

/** What a deadline is. The API names a type in kebab case, e.g. {@code contract-notice}. */
public enum DeadlineType {
    CONTRACT_END("Contract ends", "Ends", "contract"),
    CONTRACT_NOTICE("Contract notice deadline", "Notice by", "contract"),
    RENEWAL("SaaS renewal", "Renews", "renewal"),
    RENEWAL_NOTICE("SaaS cancellation deadline", "Cancel by", "renewal"),
    CARD_EXPIRY("Card expires", "Card expires", "card"),
    REVIEW_DUE("Access review due", "Review due", "review");

    private final String label;
    private final String shortLabel;
    private final String kind;

    DeadlineType(String label, String shortLabel, String kind) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.kind = kind;
    }

    /** What a calendar cell shows in front of the title, where the colour already tells the kind. */
    public String shortLabel() {
        return shortLabel;
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
