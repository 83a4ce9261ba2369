package io.portalops.event;

import java.time.Instant;

/**
 * Published when stored events commit: how many, and the latest time one of them occurred. It carries no event
 * content, so a listener that shows events reads them again with its own user's scope.
 */
record EventsIngested(int count, Instant newestOccurredAt) {}
