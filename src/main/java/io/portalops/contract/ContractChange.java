package io.portalops.contract;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a contract as the History tab shows it: who, when, and each field's old and new value.
 */
public record ContractChange(long revision, Instant at, String actor, String kind, List<FieldChange> fields) {

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
