package io.portalops.audit;

import java.time.Instant;

/**
 * An entity as it stood after one revision, with who made the revision and when.
 */
public record RevisionSnapshot<T>(long revision, Instant at, String actor, RevisionKind kind, T entity) {

    public enum RevisionKind {
        CREATED,
        CHANGED,
        DELETED
    }
}
