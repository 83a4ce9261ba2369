package io.portalops.shared.grid;

/** One sort order of a grid: the column's key and its direction. */
public record GridSort(String key, boolean ascending) {}
