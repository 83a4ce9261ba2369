/**
 * Scheduled jobs (ADR 013): every time-based rule of every module runs here, once per tick across all app nodes,
 * under a ShedLock lock, and each run is recorded for the Jobs screen.
 *
 * <p>Public API, for other modules:
 * <ul>
 * <li>{@link io.portalops.jobs.ScheduledJob}: implement it as a Spring bean to register a job (name, title, default
 * cron, {@code execute(Clock)}); nothing else is needed, and nothing else may carry {@code @Scheduled};</li>
 * <li>{@link io.portalops.jobs.Jobs}: ADMIN's list, run history and "run now";</li>
 * <li>{@link io.portalops.jobs.JobRunRequested}: the event a "run now" publishes (the audit log records it);</li>
 * <li>{@link io.portalops.jobs.ModuleEventPublications}: module events whose listener has not completed (ADR 025);</li>
 * <li>records {@link io.portalops.jobs.JobStatus}, {@link io.portalops.jobs.JobRunItem},
 * {@link io.portalops.jobs.PendingPublication}, enums {@link io.portalops.jobs.JobOutcome},
 * {@link io.portalops.jobs.JobTrigger}.</li>
 * </ul>
 * Internal: the {@code job_run} entity and repository, the runner, the scheduler, the lock provider; {@code ui} (the
 * Jobs screen).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
@org.jspecify.annotations.NullMarked
package io.portalops.jobs;
