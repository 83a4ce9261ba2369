package io.portalops.review;

import io.portalops.export.ExportFile;
import org.jspecify.annotations.Nullable;

/**
 * A signed evidence file of a campaign, ready to download with its signature.
 *
 * @param file  the file asked for: the CSV or XLSX table, or the PDF summary
 * @param table for the PDF, the signed CSV it summarises (its SHA-256 is printed on the page); null otherwise
 */
public record EvidencePack(ExportFile file, @Nullable ExportFile table) {}
