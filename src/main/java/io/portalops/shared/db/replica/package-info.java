/**
 * Reads of the event log, exports and the dashboard from a read replica when
 * {@code portalops.datasource.read-only.url} is set (ADR 050).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.shared.db.replica;
