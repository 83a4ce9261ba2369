package io.portalops.workflow;

/** Why a run exists: a person starting (grant the profile's products) or leaving (revoke every active grant). */
public enum RunKind {
    ONBOARDING("Onboarding", TaskKind.GRANT),
    OFFBOARDING("Offboarding", TaskKind.REVOKE);

    private final String label;
    private final TaskKind taskKind;

    RunKind(String label, TaskKind taskKind) {
        this.label = label;
        this.taskKind = taskKind;
    }

    public String label() {
        return label;
    }

    public TaskKind taskKind() {
        return taskKind;
    }
}
