package io.portalops.export;

import java.time.Instant;

/** A background export is ready: its owner is told, with the link to its download page, valid until {@code expiresAt}. */
public record ExportReady(long exportId, long accountId, String title, long rows, Instant expiresAt) {

    /** The app-relative route of the export's download page. */
    public String link() {
        return "exports/" + exportId;
    }
}
