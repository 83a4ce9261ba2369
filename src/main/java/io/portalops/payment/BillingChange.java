package io.portalops.payment;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a billing record as the History tab shows it: who, when, and each field's old and new value (card
 * holder and expiry masked for those who may not see them).
 */
public record BillingChange(long revision, Instant at, String actor, String kind, List<FieldChange> fields) {

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
