package io.portalops.contract;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every contract action on the audit log (ADR 014), written inside the action's transaction: an approval that rolls
 * back leaves no entry, and an entry never lacks its approval.
 */
@Component
class ContractAuditTrail {

    private final AuditLog audit;

    ContractAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ContractEvent event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", event.contractNumber());
        String action = switch (event) {
            case ContractEvent.Submitted e -> {
                details.put("requiredApprovals", e.requiredApprovals());
                yield "contract.submitted";
            }
            case ContractEvent.Approved e -> {
                details.put("level", e.level());
                details.put("final", e.finalApproval());
                yield "contract.approved";
            }
            case ContractEvent.Rejected e -> {
                details.put("reason", e.reason());
                yield "contract.rejected";
            }
            case ContractEvent.Revised e -> "contract.revised";
            case ContractEvent.Flagged e -> {
                details.put("severity", e.severity().name());
                details.put("reason", e.reason());
                yield "contract.flagged";
            }
            case ContractEvent.Unflagged e -> {
                details.put("reason", e.reason());
                yield "contract.unflagged";
            }
            case ContractEvent.Noted e -> {
                details.put("commentId", e.commentId());
                yield "contract.noted";
            }
            case ContractEvent.Activated e -> "contract.activated";
            case ContractEvent.Expired e -> "contract.expired";
            case ContractEvent.Terminated e -> {
                details.put("reason", e.reason());
                yield "contract.terminated";
            }
        };
        audit.record(AuditEntry.of(action, "contract", event.contractId(), details));
    }
}
