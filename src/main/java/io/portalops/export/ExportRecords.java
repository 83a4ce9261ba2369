package io.portalops.export;

import io.portalops.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export record's steps, each in its own transaction: begun before any row is read, then ready (signed, with its
 * audit entry and, for a background export, the owner's notification in the same transaction) or failed.
 */
@Component
class ExportRecords {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ExportRecordRepository records;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration linkTtl;

    ExportRecords(
            ExportRecordRepository records,
            ApplicationEventPublisher events,
            Clock clock,
            ExportProperties properties) {
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.linkTtl = properties.linkTtl();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    ExportRecord begin(ExportQuery query, ExportFormat format, ExportCaller caller) {
        return begin(query.grid(), query.filters(), format, caller);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    ExportRecord begin(String grid, Map<String, String> filters, ExportFormat format, ExportCaller caller) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String fileName = grid + "-" + STAMP.format(now) + "." + format.extension();
        return records.save(
                new ExportRecord(grid, format, filters, caller.accountId(), caller.username(), fileName, now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    ExportRecord ready(
            long id, String title, long rows, long size, String sha256, String signature, boolean background) {
        ExportRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("Export"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (background) {
            record.movedToBackground();
        }
        record.ready(rows, size, sha256, signature, now, now.plus(linkTtl));
        events.publishEvent(new ExportCreated(
                id, record.getGrid(), record.getFormat(), record.getFilters(), rows, sha256, background));
        if (background) {
            events.publishEvent(new ExportReady(id, record.getAccountId(), title, rows, now.plus(linkTtl)));
        }
        return record;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(long id, String reason, long rows, boolean background) {
        records.findById(id).ifPresent(record -> {
            if (background) {
                record.movedToBackground();
            }
            record.failed(reason, rows, clock.instant());
        });
    }

    @Transactional(readOnly = true)
    ExportRecord owned(long id, long accountId) {
        return records.findByIdAndAccountId(id, accountId).orElseThrow(() -> new NotFoundException("Export"));
    }
}
