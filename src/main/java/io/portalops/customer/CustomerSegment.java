package io.portalops.customer;

public enum CustomerSegment {
    ENTERPRISE("Enterprise"),
    MID_MARKET("Mid-market"),
    SMB("Small business"),
    CONSUMER("Consumer");

    private final String label;

    CustomerSegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
