package io.portalops.export;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Grid exports (ADR 015).
 *
 * @param dir                 where export files are written; by default {@code exports} under {@code portalops.data-dir}
 * @param backgroundThreshold exports of more rows than this run in the background and are offered as a download link
 * @param threads             background exports that run at once
 * @param linkTtl             how long a finished export's download link works
 * @param maxRunning          an export still running after this long is taken as dead and cleaned up
 */
@Validated
@ConfigurationProperties("portalops.export")
record ExportProperties(
        @Nullable Path dir,
        @DefaultValue("10000") @PositiveOrZero long backgroundThreshold,
        @DefaultValue("2") @Positive int threads,
        @DefaultValue("24h") Duration linkTtl,
        @DefaultValue("6h") Duration maxRunning) {

    ExportProperties {
        if (!linkTtl.isPositive() || !maxRunning.isPositive()) {
            throw new IllegalArgumentException(
                    "portalops.export.link-ttl and portalops.export.max-running must be positive");
        }
    }
}
