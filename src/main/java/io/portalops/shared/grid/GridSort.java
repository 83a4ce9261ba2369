package io.portalops.shared.grid;

import jakarta.validation.constraints.Size;

/** One sort order of a grid: the column's key and its direction. */
public record GridSort(@Size(max = 60) String key, boolean ascending) {}
