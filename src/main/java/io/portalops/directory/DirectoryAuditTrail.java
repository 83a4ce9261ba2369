package io.portalops.directory;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Access grants and people imports on the audit log (ADR 014), written inside the action's transaction like
 * {@code ContractAuditTrail}: a grant that rolls back leaves no entry, and an entry never lacks its grant.
 */
@Component
class DirectoryAuditTrail {

    private final AuditLog audit;

    DirectoryAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccessRequested event) {
        audit.record(AuditEntry.of(
                "access.requested", "access_grant", event.grantId(), grant(event.personId(), event.productId())));
    }

    @EventListener
    void on(AccessGranted event) {
        audit.record(AuditEntry.of(
                "access.granted", "access_grant", event.grantId(), grant(event.personId(), event.productId())));
    }

    @EventListener
    void on(AccessRevoked event) {
        Map<String, Object> details = grant(event.personId(), event.productId());
        details.put("heldSeat", event.wasActive());
        audit.record(AuditEntry.of("access.revoked", "access_grant", event.grantId(), details));
    }

    @EventListener
    void on(PeopleImported event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", event.fileName());
        details.put("rows", event.rows());
        details.put("imported", event.imported());
        details.put("rejected", event.rejected());
        details.put("mode", event.mode().name());
        details.put("outcome", event.outcome().name());
        audit.record(AuditEntry.of("people.imported", "people_import", event.importId(), details));
    }

    private static Map<String, Object> grant(long personId, long productId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("personId", personId);
        details.put("productId", productId);
        return details;
    }
}
