package io.portalops.bulk;

import java.util.List;

/**
 * The outcome of a bulk run, row by row.
 *
 * @param auditSeq the sequence number of the one audit entry that lists the ids
 */
public record BulkResult(
        String grid, String action, int selected, int done, int refused, List<BulkRowResult> rows, long auditSeq) {

    public BulkResult {
        rows = List.copyOf(rows);
    }

    public List<BulkRowResult> refusedRows() {
        return rows.stream().filter(r -> !r.done()).toList();
    }
}
