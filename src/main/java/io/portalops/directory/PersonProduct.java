package io.portalops.directory;

/** A person and a product: the key of last use. */
public record PersonProduct(long personId, long productId) {}
