package io.portalops.directory;

import java.time.Instant;
import java.util.List;

/** One revision of a person or an access grant: who, when, and each field's old and new value. */
public record DirectoryChange(long revision, Instant at, String actor, String kind, List<FieldChange> fields) {

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
