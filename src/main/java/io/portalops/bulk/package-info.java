/**
 * Bulk actions on grids (issue #22, ADR 036): a selection of rows, by ids or by a grid's filter resolved on the server,
 * runs one of the grid's actions row by row through the module's own single-row service method, each row in its own
 * transaction, reports per row what was done and what was refused, and is audited once with the ids.
 *
 * <p>Public API: {@link io.portalops.bulk.BulkActions} (plan and run), its records; the SPI a module implements for each
 * of its grids, {@link io.portalops.bulk.AbstractBulkGrid} with {@link io.portalops.bulk.BulkAction},
 * {@link io.portalops.bulk.BulkField}, {@link io.portalops.bulk.BulkFields} and {@link io.portalops.bulk.RowStep};
 * named interface {@code bulk-menu}: {@code ui.BulkMenu}.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.bulk;
