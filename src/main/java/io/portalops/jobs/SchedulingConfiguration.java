package io.portalops.jobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Switches the schedules on; {@code portalops.scheduling.enabled=false} switches them off (tests call jobs directly).
 * The jobs and their locks are in {@link io.portalops.jobs}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "portalops.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
