package io.portalops.directory;

/** What an import does when some rows fail. */
public enum ImportMode {
    /** Nothing is written if any row fails. */
    ALL_OR_NOTHING("All or nothing"),
    /** The rows that pass are written; the others are reported. */
    VALID_ROWS_ONLY("Valid rows only");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
