package io.portalops.customer;

public enum PiiField {
    NATIONAL_ID("National ID"),
    EMAIL("Email");

    private final String label;

    PiiField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
