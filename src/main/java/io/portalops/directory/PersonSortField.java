package io.portalops.directory;

/** The columns a list of people may be sorted by, each with the id as tie-breaker. */
public enum PersonSortField {
    NAME("name"),
    EMPLOYEE_NUMBER("employeeNumber"),
    DEPARTMENT("department"),
    STATUS("status"),
    START_DATE("startDate"),
    END_DATE("endDate");

    private final String attribute;

    PersonSortField(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
