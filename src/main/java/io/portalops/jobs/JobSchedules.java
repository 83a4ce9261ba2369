package io.portalops.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** Each job's effective cron: {@code portalops.jobs.<name>.cron} if set, otherwise the job's default; "-" is off. */
@Component
class JobSchedules {

    private final Environment environment;

    JobSchedules(Environment environment) {
        this.environment = environment;
    }

    @Nullable
    String cron(ScheduledJob job) {
        String cron = environment
                .getProperty("portalops.jobs." + job.name() + ".cron", job.defaultCron())
                .trim();
        return ScheduledTaskRegistrar.CRON_DISABLED.equals(cron) ? null : cron;
    }

    boolean schedulingEnabled() {
        return environment.getProperty("portalops.scheduling.enabled", Boolean.class, true);
    }

    /** When the schedule fires next on this node, in the server's time zone as the scheduler reads it. */
    @Nullable
    Instant nextRun(ScheduledJob job, Instant after) {
        String cron = cron(job);
        if (cron == null || !schedulingEnabled()) {
            return null;
        }
        ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(ZoneId.systemDefault()));
        return next == null ? null : next.toInstant();
    }
}
