package io.portalops.export;

import java.util.Map;

/**
 * An export was written and signed; published in the transaction that records it, so the audit log's entry commits
 * with the record.
 */
public record ExportCreated(
        long exportId,
        String grid,
        ExportFormat format,
        Map<String, String> filters,
        long rows,
        String sha256,
        boolean background) {}
