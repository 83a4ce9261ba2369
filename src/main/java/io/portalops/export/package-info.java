/**
 * Exports of grids (issue #7): streaming CSV writers that neutralise formula injection, and the signature of every
 * exported file. The grid sources, XLSX and the export record follow.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.export;
