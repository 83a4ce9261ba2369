package io.portalops.review;

import java.util.List;

/** A campaign page: the campaign, and its progress per reviewer and per product. */
public record CampaignDetails(
        CampaignListItem campaign, List<ReviewerProgress> reviewers, List<ProductProgress> products) {

    public CampaignDetails {
        reviewers = List.copyOf(reviewers);
        products = List.copyOf(products);
    }
}
