/**
 * Notifications: in-app notifications with a live bell, per-cause delivery preferences, and email through a
 * transactional outbox (ADR 012). Other modules call {@link io.portalops.notification.Notifier} inside their own
 * transaction; contract events are turned into notifications here.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.notification;
