/**
 * Customers: the first vertical slice. Personal data (national ID, email) is encrypted at rest, searchable by blind
 * index, and masked unless an ADMIN reveals it with a reason.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.customer;
