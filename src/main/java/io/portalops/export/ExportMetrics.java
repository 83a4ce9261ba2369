package io.portalops.export;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The exports' meters (docs/ops/observability.md), by grid (an id the code defines, never user input) and format:
 * {@code portalops_export_seconds} (count and duration, also by outcome), {@code portalops_export_rows} and
 * {@code portalops_export_bytes} of the finished ones.
 */
@Component
class ExportMetrics {

    private final MeterRegistry meters;

    ExportMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void finished(String grid, ExportFormat format, long rows, long bytes, Duration took) {
        String f = format.name().toLowerCase(Locale.ROOT);
        timer(grid, f, "succeeded").record(took);
        DistributionSummary.builder("portalops.export.rows")
                .description("Rows per finished export")
                .baseUnit("rows")
                .tag("grid", grid)
                .tag("format", f)
                .register(meters)
                .record(rows);
        DistributionSummary.builder("portalops.export.bytes")
                .description("File size per finished export")
                .baseUnit("bytes")
                .tag("grid", grid)
                .tag("format", f)
                .register(meters)
                .record(bytes);
    }

    void failed(String grid, ExportFormat format, Duration took) {
        timer(grid, format.name().toLowerCase(Locale.ROOT), "failed").record(took);
    }

    private Timer timer(String grid, String format, String outcome) {
        return Timer.builder("portalops.export")
                .description("Exports, by grid, format and outcome")
                .tag("grid", grid)
                .tag("format", format)
                .tag("outcome", outcome)
                .register(meters);
    }
}
