package io.portalops.payment;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Billing records and invoices on the audit log (ADR 014), written inside the action's transaction like
 * {@code ContractAuditTrail}: a change that rolls back leaves no entry, and an entry never lacks its change.
 */
@Component
class PaymentAuditTrail {

    private final AuditLog audit;

    PaymentAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BillingRecordChanged event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("productId", event.productId());
        String action = switch (event.kind()) {
            case CREATED -> "billing.created";
            case UPDATED -> "billing.updated";
            case REVIEWED -> "billing.reviewed";
            case DELETED -> "billing.deleted";
        };
        audit.record(AuditEntry.of(action, "billing_record", event.billingRecordId(), details));
    }

    @EventListener
    void on(InvoiceUploaded event) {
        audit.record(AuditEntry.of(
                "invoice.uploaded",
                "invoice",
                event.invoiceId(),
                invoice(event.billingRecordId(), event.productId(), event.sha256())));
    }

    @EventListener
    void on(InvoiceDeleted event) {
        audit.record(AuditEntry.of(
                "invoice.deleted",
                "invoice",
                event.invoiceId(),
                invoice(event.billingRecordId(), event.productId(), event.sha256())));
    }

    private static Map<String, Object> invoice(long billingRecordId, long productId, String sha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("billingRecordId", billingRecordId);
        details.put("productId", productId);
        details.put("sha256", sha256);
        return details;
    }
}
