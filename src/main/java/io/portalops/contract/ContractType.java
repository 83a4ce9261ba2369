package io.portalops.contract;

public enum ContractType {
    SUBSCRIPTION("Subscription"),
    LICENSE("Licence"),
    SERVICES("Services"),
    SUPPORT("Support"),
    FRAMEWORK("Framework agreement");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
