package io.portalops.workflow;

/** What completing a task does: grant the product to the person (onboarding) or revoke their access (offboarding). */
public enum TaskKind {
    GRANT("Grant"),
    REVOKE("Revoke");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public RunKind runKind() {
        return this == GRANT ? RunKind.ONBOARDING : RunKind.OFFBOARDING;
    }
}
