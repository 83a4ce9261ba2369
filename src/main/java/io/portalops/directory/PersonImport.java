package io.portalops.directory;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one CSV import, written whatever its outcome and never changed afterwards. */
@Entity
@Table(name = "person_import")
class PersonImport extends AbstractEntity {

    private Instant importedAt;
    private long accountId;
    private String username;
    private String fileName;
    private int rowCount;
    private int importedCount;
    private int rejectedCount;

    @Enumerated(EnumType.STRING)
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    private ImportOutcome outcome;

    protected PersonImport() {}

    PersonImport(
            Instant importedAt,
            long accountId,
            String username,
            String fileName,
            int rowCount,
            int importedCount,
            int rejectedCount,
            ImportMode mode,
            ImportOutcome outcome) {
        this.importedAt = importedAt;
        this.accountId = accountId;
        this.username = username;
        this.fileName = fileName;
        this.rowCount = rowCount;
        this.importedCount = importedCount;
        this.rejectedCount = rejectedCount;
        this.mode = mode;
        this.outcome = outcome;
    }

    PersonImportItem toItem() {
        return new PersonImportItem(
                getId(), importedAt, username, fileName, rowCount, importedCount, rejectedCount, mode, outcome);
    }
}
