package io.portalops.workflow;

/** The due-date filter of the task list: open tasks past their due date, or due from today to a week ahead. */
public enum DueWindow {
    OVERDUE("Overdue"),
    NEXT_7_DAYS("Due in 7 days");

    private final String label;

    DueWindow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
