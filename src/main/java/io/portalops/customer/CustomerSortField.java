package io.portalops.customer;

/**
 * The columns a customer list may be sorted by; each has an index that serves the sort with the id as tie-breaker.
 */
public enum CustomerSortField {
    NAME("name"),
    EXTERNAL_REF("externalRef"),
    COUNTRY("country"),
    STATUS("status"),
    SEGMENT("segment"),
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt");

    private final String attribute;

    CustomerSortField(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
