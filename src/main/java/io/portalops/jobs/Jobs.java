package io.portalops.jobs;

import io.portalops.shared.NotFoundException;
import io.portalops.shared.security.AccountPrincipal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Jobs screen's service: every job with its schedule, last run and lock, the run history, and "run now". */
@Service
public class Jobs {

    private final Map<String, ScheduledJob> byName;
    private final JobSchedules schedules;
    private final JobRunner runner;
    private final JobRunRepository runs;
    private final JdbcTemplate jdbc;
    private final Executor background;

    private final ApplicationEventPublisher events;

    Jobs(
            List<ScheduledJob> jobs,
            JobSchedules schedules,
            JobRunner runner,
            JobRunRepository runs,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events) {
        this.events = events;
        this.byName = jobs.stream().collect(Collectors.toMap(ScheduledJob::name, Function.identity()));
        this.schedules = schedules;
        this.runner = runner;
        this.runs = runs;
        this.jdbc = jdbc;
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("job-run-now-");
        executor.setVirtualThreads(true);
        this.background = executor;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<JobStatus> list() {
        Instant now = Instant.now();
        Map<String, Lock> locks = heldLocks();
        return byName.values().stream()
                .sorted(Comparator.comparing(ScheduledJob::title))
                .map(job -> {
                    Lock lock = locks.get(job.name());
                    JobRunItem last = runs.findFirstByJobNameAndOutcomeNotOrderByStartedAtDescIdDesc(
                                    job.name(), JobOutcome.LOCKED)
                            .map(JobRun::toItem)
                            .orElse(null);
                    return new JobStatus(
                            job.name(),
                            job.title(),
                            job.description(),
                            schedules.cron(job),
                            schedules.nextRun(job, now),
                            last,
                            lock == null ? null : lock.holder(),
                            lock == null ? null : lock.until());
                })
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<JobRunItem> recentRuns(String jobName, int limit) {
        require(jobName);
        return runs.findByJobNameOrderByStartedAtDescIdDesc(jobName, Limit.of(Math.clamp(limit, 1, 200))).stream()
                .map(JobRun::toItem)
                .toList();
    }

    /**
     * Runs the job now, in the background, under the same lock as its schedule. The request is recorded with the
     * admin's name even when the lock is taken, so every "run now" is in the run history.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<JobRunItem> runNow(String jobName) {
        ScheduledJob job = require(jobName);
        Requester requester = currentRequester();
        events.publishEvent(new JobRunRequested(job.name(), requester.accountId(), requester.username()));
        return CompletableFuture.supplyAsync(() -> runner.runManually(job, requester), background);
    }

    /** Ticks this node left to others because another node held the lock (shown to tell nodes apart). */
    public long ticksLeftToOtherNodes() {
        return runner.skippedTicks();
    }

    private ScheduledJob require(String jobName) {
        ScheduledJob job = byName.get(jobName);
        if (job == null) {
            throw new NotFoundException("Job " + jobName);
        }
        return job;
    }

    private static Requester currentRequester() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return new Requester(principal.getAccountId(), principal.getUsername());
        }
        throw new AccessDeniedException("Run now needs a signed-in account");
    }

    /** ShedLock writes database time in UTC ({@code usingDbTime}); compare with the database's clock too. */
    private Map<String, Lock> heldLocks() {
        return jdbc
                .query(
                        "select name, locked_by, lock_until from shedlock where lock_until > timezone('utc', now())",
                        (rs, row) -> new Lock(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .stream()
                .collect(Collectors.toMap(Lock::name, Function.identity()));
    }

    private record Lock(String name, String holder, Instant until) {}
}
