package io.portalops.workflow;

/**
 * Why a run exists: a person starting (grant the profile's products), leaving (revoke every active grant), an access
 * review's revoke decision (one run per decision, see {@link AccessReviewTasks}), or seats a person does not use
 * (revoke those).
 */
public enum RunKind {
    ONBOARDING("Onboarding", TaskKind.GRANT),
    OFFBOARDING("Offboarding", TaskKind.REVOKE),
    /** One revoke decision of an access review (module {@code review}); never follows the person's changes. */
    ACCESS_REVIEW("Access review", TaskKind.REVOKE),
    /** Idle seats taken back (ADR 040): revoke tasks proposed from usage, each with the money a month it saves. */
    RECLAIM("Seat reclaim", TaskKind.REVOKE);

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
