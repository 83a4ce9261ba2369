package io.portalops.audit;

import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes the audit chain's head to the anchors outside the table, hourly by default (ADR 014). */
@Component
class AuditAnchorJob implements ScheduledJob {

    private final AuditLog log;
    private final AuditAnchors anchors;

    AuditAnchorJob(AuditLog log, AuditAnchors anchors) {
        this.log = log;
        this.anchors = anchors;
    }

    @Override
    public String name() {
        return "audit-anchor";
    }

    @Override
    public String title() {
        return "Anchor the audit log";
    }

    @Override
    public String description() {
        return "Writes the audit chain's entry count and newest hash, signed and chained to the previous anchor, to a file outside "
                + "the database, the log and the second sink when configured.";
    }

    @Override
    public String defaultCron() {
        return "0 0 * * * *";
    }

    @Override
    public String execute(Clock clock) {
        AuditLog.ChainHead head = log.head();
        anchors.write(clock.instant(), head);
        return "Anchored #" + head.seq();
    }
}
