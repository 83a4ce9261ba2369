package io.portalops.review;

/** What a campaign was started for: everything the starter administers, some services, or some products. */
public enum CampaignScope {
    EVERYTHING("Everything I administer"),
    SERVICES("Some services"),
    PRODUCTS("Some products");

    private final String label;

    CampaignScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
