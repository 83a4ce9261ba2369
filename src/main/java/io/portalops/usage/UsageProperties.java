package io.portalops.usage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The seat-reclaim loop (ADR 040).
 *
 * @param idleDays        a seat not used in this many days is idle, unless its product sets its own
 * @param reclaimDueDays  a reclaim's revoke tasks are due this many days after they are proposed
 */
@Validated
@ConfigurationProperties("portalops.usage")
record UsageProperties(
        @DefaultValue("30") @Min(1) @Max(3650) int idleDays,
        @DefaultValue("14") @Min(0) @Max(365) int reclaimDueDays) {}
