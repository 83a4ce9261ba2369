package io.portalops.jobs;

/** How a recorded run ended. LOCKED: a "run now" found another node (or a run just finished) holding the lock. */
public enum JobOutcome {
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    LOCKED("Not run: locked");

    private final String label;

    JobOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
