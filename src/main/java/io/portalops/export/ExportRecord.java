package io.portalops.export;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One export: who exported which grid with which filters, and, once written, the row count, the file's SHA-256 and
 * its signature. Not Envers-audited: the audit log holds its creation, and the record changes only from running to
 * its outcome.
 */
@Entity
@Table(name = "export_record")
class ExportRecord extends AbstractEntity {

    private String grid;

    @Enumerated(EnumType.STRING)
    private ExportFormat format;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> filters;

    private long accountId;
    private String accountName;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    private boolean background;
    private long rowCount;
    private @Nullable Long sizeBytes;
    private @Nullable String sha256;
    private @Nullable String signature;
    private String fileName;
    private Instant startedAt;
    private @Nullable Instant completedAt;
    private @Nullable Instant expiresAt;
    private @Nullable String error;

    protected ExportRecord() {
        this.grid = "";
        this.format = ExportFormat.CSV;
        this.filters = Map.of();
        this.accountName = "";
        this.status = ExportStatus.RUNNING;
        this.fileName = "";
        this.startedAt = Instant.EPOCH;
    }

    ExportRecord(
            String grid,
            ExportFormat format,
            Map<String, String> filters,
            long accountId,
            String accountName,
            String fileName,
            Instant startedAt) {
        this.grid = grid;
        this.format = format;
        this.filters = filters;
        this.accountId = accountId;
        this.accountName = accountName;
        this.status = ExportStatus.RUNNING;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    void ready(long rows, long size, String sha, String sig, Instant at, Instant expires) {
        this.status = ExportStatus.READY;
        this.rowCount = rows;
        this.sizeBytes = size;
        this.sha256 = sha;
        this.signature = sig;
        this.completedAt = at;
        this.expiresAt = expires;
    }

    void failed(String reason, long rows, Instant at) {
        this.status = ExportStatus.FAILED;
        this.error = reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
        this.rowCount = rows;
        this.completedAt = at;
    }

    void expired() {
        this.status = ExportStatus.EXPIRED;
    }

    void movedToBackground() {
        this.background = true;
    }

    String getGrid() {
        return grid;
    }

    ExportFormat getFormat() {
        return format;
    }

    Map<String, String> getFilters() {
        return filters;
    }

    long getAccountId() {
        return accountId;
    }

    String getAccountName() {
        return accountName;
    }

    ExportStatus getStatus() {
        return status;
    }

    boolean isBackground() {
        return background;
    }

    long getRowCount() {
        return rowCount;
    }

    @Nullable
    Long getSizeBytes() {
        return sizeBytes;
    }

    @Nullable
    String getSha256() {
        return sha256;
    }

    @Nullable
    String getSignature() {
        return signature;
    }

    String getFileName() {
        return fileName;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable
    Instant getCompletedAt() {
        return completedAt;
    }

    @Nullable
    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    String getError() {
        return error;
    }
}
