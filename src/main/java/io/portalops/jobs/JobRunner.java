package io.portalops.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job under its ShedLock lock and records the run. The job runs outside any transaction (it opens its own);
 * the run record is written in transactions of its own, so a failing job still leaves its "failed" row.
 * Each run is an observation {@code portalops.job.run} (a span, and the timer {@code portalops_job_run_seconds} by job,
 * trigger and outcome); each lock attempt counts in {@code portalops_job_lock_attempts_total} by job and acquired.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final LockProvider locks;
    private final JobRunRepository runs;
    private final TransactionTemplate ownTransaction;
    private final Clock jobClock;
    private final JobNode node;
    private final AtomicLong skippedTicks = new AtomicLong();
    private final MeterRegistry meters;
    private final ObservationRegistry observations;

    JobRunner(
            LockProvider locks,
            JobRunRepository runs,
            PlatformTransactionManager transactions,
            Clock jobClock,
            JobNode node,
            MeterRegistry meters,
            ObservationRegistry observations) {
        this.meters = meters;
        this.observations = observations;
        this.locks = locks;
        this.runs = runs;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobClock = jobClock;
        this.node = node;
    }

    /** A scheduled tick: runs when this node wins the lock, and records nothing when another node has it. */
    Optional<JobRunItem> runScheduled(ScheduledJob job) {
        Optional<SimpleLock> lock = locks.lock(lockFor(job, job.lockAtLeastFor()));
        countLock(job, lock.isPresent());
        if (lock.isEmpty()) {
            skippedTicks.incrementAndGet();
            log.debug("Job {} is locked by another node; this tick is theirs", job.name());
            return Optional.empty();
        }
        return Optional.of(runHolding(lock.get(), job, JobTrigger.SCHEDULED, null));
    }

    /** "Run now": the same lock, held no longer than the run, and always recorded, refused or not. */
    JobRunItem runManually(ScheduledJob job, Requester requester) {
        Optional<SimpleLock> lock = locks.lock(lockFor(job, Duration.ZERO));
        countLock(job, lock.isPresent());
        if (lock.isEmpty()) {
            return record(() -> {
                        JobRun refused =
                                new JobRun(job.name(), JobTrigger.MANUAL, requester, node.name(), Instant.now());
                        refused.finish(
                                JobOutcome.LOCKED, "Another run holds the lock; nothing was run", null, Instant.now());
                        return runs.save(refused);
                    })
                    .toItem();
        }
        return runHolding(lock.get(), job, JobTrigger.MANUAL, requester);
    }

    /** Scheduled ticks this node left to another node since it started. */
    long skippedTicks() {
        return skippedTicks.get();
    }

    private JobRunItem runHolding(
            SimpleLock lock, ScheduledJob job, JobTrigger trigger, @Nullable Requester requester) {
        try {
            JobRun started =
                    record(() -> runs.save(new JobRun(job.name(), trigger, requester, node.name(), Instant.now())));
            long id = started.getId();
            JobOutcome outcome = null;
            String summary = null;
            String error = null;
            Observation observation = Observation.createNotStarted("portalops.job.run", observations)
                    .contextualName("job " + job.name())
                    .lowCardinalityKeyValue("job", job.name())
                    .lowCardinalityKeyValue("trigger", trigger.name().toLowerCase(Locale.ROOT))
                    .start();
            try (Observation.Scope scope = observation.openScope()) {
                summary = job.execute(jobClock);
                outcome = JobOutcome.SUCCEEDED;
            } catch (RuntimeException e) {
                log.error("Job {} failed", job.name(), e);
                outcome = JobOutcome.FAILED;
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                observation.error(e);
            } finally {
                observation.lowCardinalityKeyValue(
                        "outcome", outcome == null ? "failed" : outcome.name().toLowerCase(Locale.ROOT));
                observation.stop();
            }
            JobOutcome finalOutcome = outcome;
            String finalSummary = summary;
            String finalError = error;
            return record(() -> {
                        JobRun run = runs.findById(id).orElseThrow();
                        run.finish(finalOutcome, finalSummary, finalError, Instant.now());
                        return run;
                    })
                    .toItem();
        } finally {
            lock.unlock();
        }
    }

    private void countLock(ScheduledJob job, boolean acquired) {
        Counter.builder("portalops.job.lock.attempts")
                .description("Job lock attempts, by whether this node got the lock")
                .tag("job", job.name())
                .tag("acquired", Boolean.toString(acquired))
                .register(meters)
                .increment();
    }

    private LockConfiguration lockFor(ScheduledJob job, Duration atLeast) {
        return new LockConfiguration(Instant.now(), job.name(), job.lockAtMostFor(), atLeast);
    }

    private JobRun record(Supplier<JobRun> work) {
        JobRun run = ownTransaction.execute(status -> work.get());
        if (run == null) {
            throw new IllegalStateException("job run not recorded");
        }
        return run;
    }
}
