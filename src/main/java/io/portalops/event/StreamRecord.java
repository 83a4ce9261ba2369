package io.portalops.event;

import org.jspecify.annotations.Nullable;

/**
 * One record of a stream source such as Kafka (ADR 048), as it came. It is read with the same strict JSON binding and
 * the same body limit as {@code POST /api/events}, then checked, deduplicated, dead-lettered and stored like it.
 *
 * @param source the source its channel names (a topic's, or a header's): the body's own {@code source} must be this
 *               one or absent, so that a producer cannot write as another source
 * @param origin where it came from, e.g. {@code kafka:events-0@42}; kept on a dead letter
 * @param body   the record's value, one event as JSON; null for an empty record
 */
public record StreamRecord(String source, String origin, byte @Nullable [] body) {}
