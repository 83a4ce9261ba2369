package io.portalops.directory;

import java.time.Instant;

/** One recorded import: who, when, which file, how many rows, and how it ended. */
public record PersonImportItem(
        long id,
        Instant importedAt,
        String username,
        String fileName,
        int rows,
        int imported,
        int rejected,
        ImportMode mode,
        ImportOutcome outcome) {}
