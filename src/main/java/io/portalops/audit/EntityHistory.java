package io.portalops.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads Envers revisions of any audited entity, oldest first. The owning module checks access before calling and
 * turns the snapshots into field changes, because only it knows which fields are personal data.
 */
@Service
class EntityHistory {

    private final EntityManager entityManager;

    EntityHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public <T> List<RevisionSnapshot<T>> revisions(Class<T> type, Object id, int maxRevisions) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(maxRevisions)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    @SuppressWarnings("unchecked")
                    T entity = (T) row[0];
                    AuditRevision revision = (AuditRevision) row[1];
                    RevisionType revisionType = (RevisionType) row[2];
                    return new RevisionSnapshot<>(
                            revision.getId(),
                            Instant.ofEpochMilli(revision.getTimestamp()),
                            revision.getUsername(),
                            kind(revisionType),
                            entity);
                })
                .toList();
    }

    private static RevisionSnapshot.RevisionKind kind(RevisionType type) {
        return switch (type) {
            case ADD -> RevisionSnapshot.RevisionKind.CREATED;
            case MOD -> RevisionSnapshot.RevisionKind.CHANGED;
            case DEL -> RevisionSnapshot.RevisionKind.DELETED;
        };
    }
}
