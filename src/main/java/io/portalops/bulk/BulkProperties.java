package io.portalops.bulk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk actions (ADR 036).
 *
 * @param maxRows      the most rows one bulk run may touch; a larger selection is refused before anything is done
 * @param progressAbove the UI runs a selection larger than this in the background with a progress bar
 * @param chunkSize    rows run in one transaction (ADR 044); a refused row is still rolled back alone
 */
@Validated
@ConfigurationProperties("portalops.bulk")
public record BulkProperties(
        @DefaultValue("10000") @Positive @Max(100_000) int maxRows,
        @DefaultValue("500") @Positive int progressAbove,
        @DefaultValue("100") @Positive @Max(1000) int chunkSize) {}
