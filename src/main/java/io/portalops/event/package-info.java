/**
 * Events that outside systems report about customers: schema-validated, deduplicated across partitions, stored in
 * a table partitioned by month, rejected ones kept in a dead-letter table.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.event;
