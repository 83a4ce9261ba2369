package io.portalops.review;

/** One product's share of a campaign. */
public record ProductProgress(long productId, String productLabel, int items, int decided, int revokes) {}
