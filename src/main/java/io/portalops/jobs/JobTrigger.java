package io.portalops.jobs;

/** Why a job ran: its schedule, or an admin's "run now". */
public enum JobTrigger {
    SCHEDULED("Schedule"),
    MANUAL("Run now");

    private final String label;

    JobTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
