package io.portalops.directory;

/** Where a person is in their employment; onboarding and offboarding (#6) follow the first and third. */
public enum EmploymentStatus {
    PENDING_START("Pending start"),
    ACTIVE("Active"),
    LEAVING("Leaving"),
    LEFT("Left");

    private final String label;

    EmploymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
