package io.portalops.review;

/** Running until every item is decided and every revoke task is done or skipped; then completed, for good. */
public enum CampaignStatus {
    RUNNING("Running"),
    COMPLETED("Completed");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
