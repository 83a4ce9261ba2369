package io.portalops.directory;

import java.util.List;

/**
 * What an import would do: problems with the file as a whole (a missing column, unreadable CSV), and each row with
 * its errors. Nothing has been written.
 */
public record ImportPreview(String fileName, List<String> fileErrors, List<ImportRow> rows) {

    public ImportPreview {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    public long validRows() {
        return fileErrors.isEmpty() ? rows.stream().filter(ImportRow::valid).count() : 0;
    }

    public long rejectedRows() {
        return rows.size() - validRows();
    }

    /** Whether "Import" (all or nothing) would write every row. */
    public boolean allValid() {
        return fileErrors.isEmpty() && !rows.isEmpty() && rejectedRows() == 0;
    }
}
