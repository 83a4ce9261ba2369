package io.portalops.workflow;

/** A run is open until every task is done or skipped (completed), or its start or leave is called off (cancelled). */
public enum RunStatus {
    OPEN("Open"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
