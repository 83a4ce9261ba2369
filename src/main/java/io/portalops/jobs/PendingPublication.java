package io.portalops.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A module event whose listener has not completed: failed, still running, or never run (the node stopped first).
 *
 * @param listenerId the listener method, as Modulith names it (class and method)
 * @param eventType  the event's class name
 * @param status     Modulith's publication status (PUBLISHED, PROCESSING, FAILED, RESUBMITTED); null on legacy rows
 */
public record PendingPublication(
        UUID id, String listenerId, String eventType, Instant publishedAt, String status, int attempts) {}
