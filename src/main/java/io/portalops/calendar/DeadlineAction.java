package io.portalops.calendar;

/** What the caller can still do about a deadline: the calendar highlights such items and names the action. */
public enum DeadlineAction {
    GIVE_NOTICE("Give notice"),
    RENEW("Renew"),
    DECIDE("Decide"),
    REPLACE_CARD("Replace card");

    private final String label;

    DeadlineAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
