package io.portalops.directory;

/** How an import ended. */
public enum ImportOutcome {
    IMPORTED("Imported"),
    PARTLY_IMPORTED("Partly imported"),
    REFUSED("Refused");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
