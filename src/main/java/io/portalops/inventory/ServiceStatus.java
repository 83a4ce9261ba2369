package io.portalops.inventory;

/** Where a SaaS service stands in the company. */
public enum ServiceStatus {
    EVALUATING("Evaluating"),
    ACTIVE("Active"),
    RETIRED("Retired");

    private final String label;

    ServiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
