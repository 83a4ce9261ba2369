package io.portalops.event;

import java.time.Instant;

/**
 * One stored usage event as the directory reads it: who (a person's email or employee number, as sent), which product
 * (an id or {@code Service/Product}, as sent), when, and from which source. The references are not resolved here: the
 * event module does not know the directory.
 */
public record UsageSignal(String personRef, String productRef, Instant occurredAt, String source) {}
