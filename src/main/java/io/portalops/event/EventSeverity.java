package io.portalops.event;

/**
 * How serious the events of a type are. An event whose payload carries its own {@code "severity"} (low, medium or
 * high) is as serious as that says; the dashboard lists an account manager's recent high-severity events.
 */
public enum EventSeverity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    EventSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
