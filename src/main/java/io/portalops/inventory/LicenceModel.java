package io.portalops.inventory;

/** How a product is licensed. Only per-seat products limit how many people may hold access. */
public enum LicenceModel {
    PER_SEAT("Per seat"),
    FLAT("Flat"),
    USAGE("Usage");

    private final String label;

    LicenceModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
