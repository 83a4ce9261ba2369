/**
 * Kafka as an optional ingest source (ADR 048): a batch consumer, created only when
 * {@code portalops.events.kafka.enabled}, that hands each poll to {@link io.portalops.event.EventIngestion#ingestStream}
 * and commits the offsets after the database commit.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.event.kafka;
