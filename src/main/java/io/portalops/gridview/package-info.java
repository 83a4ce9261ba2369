/**
 * Saved views of the grids and the columns each user last left them with (issue #22, ADR 035). Implements the
 * shared {@link io.portalops.shared.grid.GridViewStore}, which the grid views of every module use; the catalogue
 * of grids, their query parameters and column keys is {@code KnownGrids}.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.gridview;
