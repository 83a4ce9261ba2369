package io.portalops.review;

/** One reviewer's share of a campaign: the items of the products they review, and how many are decided. */
public record ReviewerProgress(long accountId, String name, int items, int decided) {}
