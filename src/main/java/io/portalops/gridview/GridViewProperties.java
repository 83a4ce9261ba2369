package io.portalops.gridview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Saved grid views (ADR 035).
 *
 * @param maxPerGrid how many views one user may save of one grid: the menu stays a menu, and a script cannot fill
 *                   the table
 */
@Validated
@ConfigurationProperties("portalops.grid-views")
record GridViewProperties(
        @DefaultValue("30") @Min(1) @Max(500) int maxPerGrid) {}
