package io.portalops.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled jobs (ADR 013). Each job's schedule is {@code portalops.jobs.<name>.cron}, read by {@link JobSchedules}.
 *
 * @param nodeName this instance's name as lock holder and on its job runs; empty: host name and process id
 */
@ConfigurationProperties("portalops.jobs")
record JobProperties(@DefaultValue("") String nodeName) {}
