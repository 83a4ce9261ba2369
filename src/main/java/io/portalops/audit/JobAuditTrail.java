package io.portalops.audit;

import io.portalops.jobs.JobRunRequested;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An admin's "run now" on the audit log. */
@Component
class JobAuditTrail {

    private final AuditLog audit;

    JobAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(JobRunRequested request) {
        audit.record(new AuditEntry(
                "job.run_now",
                "job",
                request.jobName(),
                Map.of(),
                AuditActor.account(request.accountId(), request.username())));
    }
}
