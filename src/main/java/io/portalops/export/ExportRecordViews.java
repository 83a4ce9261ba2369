package io.portalops.export;

import io.portalops.shared.storage.StoredContent;
import java.util.Objects;

/** Turns an export record into the records other modules and the views see. */
final class ExportRecordViews {

    private ExportRecordViews() {}

    static ExportDetails details(ExportRecord r) {
        return new ExportDetails(
                Objects.requireNonNull(r.getId()),
                r.getGrid(),
                r.getFormat(),
                r.getFilters(),
                r.getAccountName(),
                r.getStatus(),
                r.isBackground(),
                r.getRowCount(),
                r.getSizeBytes(),
                r.getSha256(),
                r.getSignature(),
                r.getFileName(),
                r.getStartedAt(),
                r.getCompletedAt(),
                r.getExpiresAt(),
                r.getError());
    }

    static ExportFile file(ExportRecord r, StoredContent content) {
        return new ExportFile(
                Objects.requireNonNull(r.getId()),
                content,
                r.getFileName(),
                r.getFormat().contentType(),
                Objects.requireNonNull(r.getSizeBytes()),
                r.getRowCount(),
                Objects.requireNonNull(r.getSha256()),
                Objects.requireNonNull(r.getSignature()));
    }
}
