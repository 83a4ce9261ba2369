package io.portalops.customer;

public enum CustomerStatus {
    PROSPECT("Prospect"),
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    CLOSED("Closed");

    private final String label;

    CustomerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
