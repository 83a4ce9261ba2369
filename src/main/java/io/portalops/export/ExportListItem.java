package io.portalops.export;

/**
 * One row of the Exports grid: the record, and whether the caller may download its file now (their own export, its
 * link not expired, and the stored file still there). ADMIN and AUDITOR see every account's exports, but a file is
 * handed only to the account that made it (ADR 015).
 */
public record ExportListItem(ExportDetails export, boolean own, boolean downloadable) {}
