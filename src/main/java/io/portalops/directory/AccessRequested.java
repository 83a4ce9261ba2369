package io.portalops.directory;

/** Someone asked for a person's access to a product; it holds no seat until it is activated. */
record AccessRequested(long grantId, long personId, long productId, long byAccountId) {}
