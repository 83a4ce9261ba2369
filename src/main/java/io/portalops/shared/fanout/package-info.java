/**
 * Cross-node fan-out (ADR 047): a signal sent from a committing transaction reaches every other app node, which passes
 * it to its own in-node push path (the live tail, the notification bell). PostgreSQL LISTEN/NOTIFY is the transport;
 * {@link io.portalops.shared.fanout.Fanout} is the seam for a second one (Kafka).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.shared.fanout;
