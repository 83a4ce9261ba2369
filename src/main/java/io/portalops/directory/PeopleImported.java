package io.portalops.directory;

/** A CSV import of people ended, whatever its outcome; {@code importId} points at its record. */
record PeopleImported(
        long importId,
        String fileName,
        int rows,
        int imported,
        int rejected,
        ImportMode mode,
        ImportOutcome outcome,
        long byAccountId) {}
