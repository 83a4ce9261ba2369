package io.portalops.directory;

/** A person's access to a product became active and holds a seat. */
record AccessGranted(long grantId, long personId, long productId, long byAccountId) {}
