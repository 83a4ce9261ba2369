package io.portalops.jobs;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Registers every {@link ScheduledJob} with its cron. One generic scheduler instead of a {@code @Scheduled} method per
 * job, so that the schedule the Jobs screen shows and "run now" use the very same lock and settings (ADR 013).
 */
@Component
@ConditionalOnProperty(name = "portalops.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class JobScheduler implements SchedulingConfigurer {

    private final List<ScheduledJob> jobs;
    private final JobSchedules schedules;
    private final JobRunner runner;

    JobScheduler(List<ScheduledJob> jobs, JobSchedules schedules, JobRunner runner) {
        this.jobs = jobs;
        this.schedules = schedules;
        this.runner = runner;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (ScheduledJob job : jobs) {
            String cron = schedules.cron(job);
            if (cron == null) {
                continue;
            }
            if (!CronExpression.isValidExpression(cron)) {
                throw new IllegalStateException("portalops.jobs." + job.name() + ".cron is not a valid cron: " + cron);
            }
            registrar.addCronTask(() -> runner.runScheduled(job), cron);
        }
    }
}
