package io.portalops.directory;

/** How an active grant's seat is used, against a product's idle cutoff. */
public enum SeatState {
    ACTIVE("Active"),
    IDLE("Idle"),
    NEVER_USED("Never used");

    private final String label;

    SeatState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
