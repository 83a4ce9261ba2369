package io.portalops.contract;

public enum ContractStatus {
    DRAFT("Draft"),
    PENDING_APPROVAL("Pending approval"),
    APPROVED("Approved"),
    ACTIVE("Active"),
    EXPIRED("Expired"),
    TERMINATED("Terminated"),
    REJECTED("Rejected");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
