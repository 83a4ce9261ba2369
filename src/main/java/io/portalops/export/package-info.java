/**
 * Signed exports of grids (ADR 015): CSV and XLSX written while streaming, formula injection neutralised, each file
 * hashed, signed, recorded in {@code export_record} and put on the audit log; a changed file fails verification.
 *
 * <p>Public API: {@link io.portalops.export.Exports} (start, progress, details, owner-only download and signature),
 * {@link io.portalops.export.GridExports} (grids by id, for the API), {@link io.portalops.export.ExportVerifier}; the SPI
 * a module implements for each of its grids, {@link io.portalops.export.GridExportSource} with {@code ExportQuery},
 * {@code ExportRows}, {@code ExportParameters}, {@code PagedRows} and {@code MoneyCells}; records and events of the
 * exports; named interface {@code export-menu}: {@code ui.ExportMenu}.
 *
 * <p>Internal: the export record entity, the CSV and XLSX writers, the signer, the sidecar, the expiry job.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.export;
