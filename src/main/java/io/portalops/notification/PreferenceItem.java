package io.portalops.notification;

/** One line of the preferences screen: a cause, how its notifications are delivered, and whether that was chosen. */
public record PreferenceItem(NotificationCause cause, Delivery delivery, boolean chosen) {}
