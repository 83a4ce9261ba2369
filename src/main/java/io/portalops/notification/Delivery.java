package io.portalops.notification;

/** How a recipient wants to hear of a cause, besides the in-app notification they always get. */
public enum Delivery {
    IMMEDIATE("Email at once"),
    DIGEST("Daily digest email"),
    IN_APP("In the app only");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
