package io.portalops.contract;

public enum ContractSortField {
    NUMBER("number"),
    TITLE("title"),
    VALUE("valueAmount"),
    START_DATE("startDate"),
    END_DATE("endDate"),
    STATUS("status"),
    UPDATED_AT("updatedAt");

    private final String attribute;

    ContractSortField(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
