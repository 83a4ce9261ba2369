package io.portalops.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Base of every entity: a database-generated id, an optimistic-locking version, and equality by class and id.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    /**
     * The id of a saved entity. Asking an entity that was never saved for its id is a programming error, so this
     * fails rather than hand a null to callers that all expect a number (NullAway checks the rest).
     */
    public Long getId() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no id before it is saved");
        }
        return id;
    }

    /** Whether the entity was never saved, so has no id yet. */
    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    /**
     * Constant per class: the id is assigned on insert, and a hash that changed then would lose the entity
     * from any hash-based collection it was put in before it was saved.
     */
    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
