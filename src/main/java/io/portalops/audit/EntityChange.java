package io.portalops.audit;

import java.time.Instant;
import java.util.List;

/** One revision of an entity as a History tab shows it: who, when, and each field's old and new value. */
public record EntityChange(long revision, Instant at, String actor, String kind, List<FieldChange> fields) {

    public record FieldChange(String field, String oldValue, String newValue) {}
}
