package io.portalops.customer;

public enum CustomerKind {
    PERSON("Person"),
    COMPANY("Company");

    private final String label;

    CustomerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
