package io.portalops.payment;

/** A billing record was created, changed, reviewed or deleted; for notifications (#6) and the audit log (#7). */
record BillingRecordChanged(long billingRecordId, long productId, Kind kind, long actorAccountId) {

    public enum Kind {
        CREATED,
        UPDATED,
        REVIEWED,
        DELETED
    }
}
