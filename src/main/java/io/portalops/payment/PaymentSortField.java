package io.portalops.payment;

/** What the payments list can be sorted by; ties go by id. */
public enum PaymentSortField {
    PRODUCT,
    RENEWAL,
    DEADLINE,
    CYCLE
}
