package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.db.replica.ReplicaReads;
import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs grid exports: streams the rows the owning module gives into a file while hashing it, signs the hash, and
 * records who exported what with which filters (ADR 015). The UI starts an export in the background and follows its
 * progress; past {@code portalops.export.background-threshold} rows its owner is told by a notification when it is
 * ready. The API runs one in the request. Downloads are for the export's owner only, until the link expires.
 */
@Service
public class Exports {

    private static final Logger log = LoggerFactory.getLogger(Exports.class);

    private final ExportRecords records;
    private final ExportFiles files;
    private final ExportSigner signer;
    private final Clock clock;
    private final ExecutorService executor;
    private final long backgroundThreshold;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final ExportMetrics metrics;

    Exports(
            ExportRecords records,
            ExportFiles files,
            ExportSigner signer,
            Clock clock,
            ExportMetrics metrics,
            ExportProperties properties) {
        this.metrics = metrics;
        this.records = records;
        this.files = files;
        this.signer = signer;
        this.clock = clock;
        this.backgroundThreshold = properties.backgroundThreshold();
        // not a bean: an Executor bean would make Spring Boot back off from its own application task executor
        this.executor = Executors.newFixedThreadPool(
                properties.threads(),
                Thread.ofPlatform().name("export-", 1).daemon().factory());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final class Running {
        final AtomicLong rows = new AtomicLong();
        final AtomicBoolean background = new AtomicBoolean();
    }

    /** Starts an export in the background, as the caller; follow it with {@link #progress}. */
    public ExportProgress start(ExportQuery query, ExportFormat format) {
        tabular(format);
        ExportCaller caller = ExportCaller.current().mayExport(query);
        ExportRecord record = records.begin(query, format, caller);
        long id = record.getId();
        Running run = new Running();
        running.put(id, run);
        Runnable task = () -> {
            try {
                write(id, query, format, run);
            } catch (RuntimeException e) {
                // recorded as failed, with the reason the owner sees
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        return new ExportProgress(id, ExportStatus.RUNNING, 0, false, record.getFileName(), null);
    }

    /** Runs an export in the calling thread (the API) and returns the signed file. */
    public ExportFile run(ExportQuery query, ExportFormat format) {
        tabular(format);
        ExportCaller caller = ExportCaller.current().mayExport(query);
        ExportRecord record = records.begin(query, format, caller);
        Running run = new Running();
        running.put(record.getId(), run);
        return write(record.getId(), query, format, run);
    }

    /**
     * Signs and records a document the calling module wrote (a PDF summary), as the caller, like a grid export: same
     * record, audit entry, owner-only download and verification (ADR 043).
     */
    public ExportFile document(ExportDocument document) {
        ExportCaller caller = ExportCaller.current().mayExport(document.roles(), document.grid());
        ExportRecord record = records.begin(document.grid(), document.filters(), document.format(), caller);
        long id = record.getId();
        long started = System.nanoTime();
        try {
            HashingOutputStream out = new HashingOutputStream(Files.newOutputStream(files.partOf(id)));
            try (out) {
                out.write(document.content());
            }
            files.finish(id, document.format());
            String sha256 = out.sha256();
            ExportRecord ready = records.ready(
                    id, document.grid(), document.pages(), out.size(), sha256, signer.sign(sha256), false);
            metrics.finished(
                    document.grid(),
                    document.format(),
                    document.pages(),
                    out.size(),
                    Duration.ofNanos(System.nanoTime() - started));
            return ExportRecordViews.file(ready, files.contentOf(id, document.format()));
        } catch (IOException e) {
            throw fail(id, document.format(), new Running(), new UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw fail(id, document.format(), new Running(), e);
        }
    }

    private static void tabular(ExportFormat format) {
        if (!format.tabular()) {
            throw new InvalidInputException("format", "A grid exports to csv or xlsx, not " + format.extension() + ".");
        }
    }

    /** Where the caller's export stands; another account's export is not found. */
    public ExportProgress progress(long exportId) {
        ExportRecord record = records.owned(exportId, ExportCaller.current().accountId());
        Running run = running.get(exportId);
        if (run != null && record.getStatus() == ExportStatus.RUNNING) {
            return new ExportProgress(
                    exportId, ExportStatus.RUNNING, run.rows.get(), run.background.get(), record.getFileName(), null);
        }
        return new ExportProgress(
                exportId,
                record.getStatus(),
                record.getRowCount(),
                record.isBackground(),
                record.getFileName(),
                record.getError());
    }

    /** The caller's export record; another account's export is not found. */
    public ExportDetails details(long exportId) {
        return ExportRecordViews.details(
                records.owned(exportId, ExportCaller.current().accountId()));
    }

    /** The caller's finished export, to download until its link expires (then 410). */
    public ExportFile file(long exportId) {
        ExportRecord record = records.owned(exportId, ExportCaller.current().accountId());
        ExportDetails details = ExportRecordViews.details(record);
        if (record.getStatus() == ExportStatus.RUNNING) {
            throw new RuleViolationException("This export is still being written.", 409);
        }
        if (record.getStatus() == ExportStatus.FAILED) {
            throw new RuleViolationException("This export failed: " + record.getError(), 409);
        }
        if (!details.downloadable(clock.instant())
                || !files.contentOf(exportId, record.getFormat()).exists()) {
            throw new RuleViolationException(
                    "This export's download link expired at " + record.getExpiresAt() + ". Export the grid again.",
                    410);
        }
        return ExportRecordViews.file(record, files.contentOf(exportId, record.getFormat()));
    }

    /** The signature sidecar of the caller's export. */
    public String sidecar(long exportId) {
        return ExportSidecar.of(details(exportId)).text();
    }

    private ExportFile write(long id, ExportQuery query, ExportFormat format, Running run) {
        long started = System.nanoTime();
        try {
            String sha256;
            long size;
            HashingOutputStream out =
                    new HashingOutputStream(new BufferedOutputStream(Files.newOutputStream(files.partOf(id)), 1 << 16));
            try (out;
                    TableWriter writer = format == ExportFormat.CSV
                            ? new CsvExportWriter(out, query.headers())
                            : new XlsxExportWriter(out, query.title(), query.headers())) {
                // the rows may come from the read replica (ADR 050); the export's own record is written to the primary
                ReplicaReads.run(() -> query.rows().writeTo(row -> {
                    writer.row(row);
                    if (run.rows.incrementAndGet() > backgroundThreshold) {
                        run.background.set(true);
                    }
                }));
            }
            sha256 = out.sha256();
            size = out.size();
            files.finish(id, format);
            ExportRecord record = records.ready(
                    id, query.title(), run.rows.get(), size, sha256, signer.sign(sha256), run.background.get());
            metrics.finished(query.grid(), format, run.rows.get(), size, Duration.ofNanos(System.nanoTime() - started));
            return ExportRecordViews.file(record, files.contentOf(id, format));
        } catch (IOException e) {
            metrics.failed(query.grid(), format, Duration.ofNanos(System.nanoTime() - started));
            throw fail(id, format, run, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            metrics.failed(query.grid(), format, Duration.ofNanos(System.nanoTime() - started));
            throw fail(id, format, run, e);
        } finally {
            running.remove(id);
        }
    }

    private RuntimeException fail(long id, ExportFormat format, Running run, RuntimeException cause) {
        String reason = switch (cause) {
            case InvalidInputException invalid -> String.valueOf(invalid.getMessage());
            case AccessDeniedException denied -> "You may not export this grid.";
            default -> "The export could not be written; the error is in the server log.";
        };
        if (!(cause instanceof InvalidInputException) && !(cause instanceof AccessDeniedException)) {
            log.error("Export {} failed", id, cause);
        }
        records.failed(id, reason, run.rows.get(), run.background.get());
        files.delete(id, format);
        return cause;
    }
}
