package io.portalops.directory;

/**
 * A grant was revoked; {@code wasActive} tells whether it held a seat (a request that is turned down did not).
 */
record AccessRevoked(long grantId, long personId, long productId, boolean wasActive, long byAccountId) {}
