package io.portalops.jobs;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One run of a job on one node; manual runs keep who asked, which is the audit of "run now". */
@Entity
@Table(name = "job_run")
class JobRun extends AbstractEntity {

    private String jobName;

    @Enumerated(EnumType.STRING)
    private JobTrigger triggerKind;

    private @Nullable Long requestedBy;
    private @Nullable String requestedByName;
    private String node;
    private Instant startedAt;
    private @Nullable Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private JobOutcome outcome;

    private @Nullable String summary;
    private @Nullable String error;

    protected JobRun() {}

    JobRun(String jobName, JobTrigger triggerKind, @Nullable Requester requester, String node, Instant startedAt) {
        this.jobName = jobName;
        this.triggerKind = triggerKind;
        this.requestedBy = requester == null ? null : requester.accountId();
        this.requestedByName = requester == null ? null : requester.username();
        this.node = node;
        this.startedAt = startedAt;
        this.outcome = JobOutcome.RUNNING;
    }

    void finish(JobOutcome outcome, @Nullable String summary, @Nullable String error, Instant at) {
        this.outcome = outcome;
        this.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        this.error = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        this.finishedAt = at;
    }

    JobRunItem toItem() {
        return new JobRunItem(
                isNew() ? 0 : getId(),
                jobName,
                triggerKind,
                requestedByName,
                node,
                startedAt,
                finishedAt,
                outcome,
                summary,
                error);
    }
}
