/**
 * What a grid's saved views and column settings are (issue #22, ADR 035), as records and the store the grid views
 * call. The {@code gridview} module implements the store; the grid views of every module use it through
 * {@code shared.ui.grid}, so no module's UI depends on the module that stores views (which itself depends on
 * security and audit).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.shared.grid;
