package io.portalops.directory;

/** An access grant is requested, then active (holding a seat of a per-seat product), and finally revoked. */
public enum GrantStatus {
    REQUESTED("Requested"),
    ACTIVE("Active"),
    REVOKED("Revoked");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != REVOKED;
    }
}
