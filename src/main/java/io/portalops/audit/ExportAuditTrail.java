package io.portalops.audit;

import io.portalops.export.ExportCreated;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every export on the audit log, in the transaction that records it: which grid, format, filters and rows, and the
 * file's SHA-256, so the log alone tells which file left the system.
 */
@Component
class ExportAuditTrail {

    private final AuditLog audit;

    ExportAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ExportCreated export) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grid", export.grid());
        details.put("format", export.format().name());
        details.put("filters", export.filters());
        details.put("rows", export.rows());
        details.put("sha256", export.sha256());
        details.put("background", export.background());
        audit.record(AuditEntry.of("export.created", "export", export.exportId(), details));
    }
}
