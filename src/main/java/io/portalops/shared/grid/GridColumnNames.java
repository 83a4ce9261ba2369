package io.portalops.shared.grid;

import java.util.Locale;

/**
 * The name of a column that a grid and its export agree on: its header in lower case with dashes ("Cancel by" is
 * {@code cancel-by}). The export's {@code columns} parameter takes these names, and a grid view passes the names of
 * its visible columns, so an export follows the grid's columns and their order.
 */
public final class GridColumnNames {

    private GridColumnNames() {}

    public static String of(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
