package io.portalops.directory;

import java.util.List;

/** How an import ended, with its record's id and the rows that were not written. */
public record ImportResult(
        long importId,
        ImportOutcome outcome,
        ImportMode mode,
        int rows,
        int imported,
        int rejected,
        List<String> fileErrors,
        List<ImportRow> rejectedRows) {

    public ImportResult {
        fileErrors = List.copyOf(fileErrors);
        rejectedRows = List.copyOf(rejectedRows);
    }
}
