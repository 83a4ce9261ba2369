package io.portalops.shared.grid;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One column of a grid as the user left it.
 *
 * @param key    the column's stable key ({@code Grid.Column#setKey})
 * @param hidden whether the column chooser hid it
 * @param width  the width the user dragged it to, e.g. {@code 240px}; null for the grid's own width
 */
public record GridColumnState(
        @Size(max = 60) String key,
        boolean hidden,
        @Size(max = 20) @Nullable String width) {}
