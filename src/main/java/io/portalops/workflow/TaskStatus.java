package io.portalops.workflow;

/** Open until someone completes it (with evidence) or skips it (with a reason); cancelled with its run. */
public enum TaskStatus {
    OPEN("Open"),
    DONE("Done"),
    SKIPPED("Skipped"),
    CANCELLED("Cancelled");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
