package io.portalops.bulk;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part every {@link BulkGrid} shares: its id and the filter parameters it takes, fixed when the grid is built, so a
 * module's grid only says how its filter resolves to ids and which actions it offers.
 */
public abstract class AbstractBulkGrid implements BulkGrid {

    /** A grid id is a path segment of {@code /api/bulk/{grid}/{action}}: lower case, no encoding needed. */
    private static final Pattern GRID_ID = Pattern.compile("[a-z][a-z0-9_-]*");

    private final String grid;
    private final Set<String> filterParameters;

    protected AbstractBulkGrid(String grid, Set<String> filterParameters) {
        if (!GRID_ID.matcher(grid).matches()) {
            throw new IllegalArgumentException("A bulk grid id is lower case letters, digits, - or _: '" + grid + "'");
        }
        this.grid = grid;
        this.filterParameters = Set.copyOf(filterParameters);
    }

    @Override
    public final String grid() {
        return grid;
    }

    @Override
    public final Set<String> filterParameters() {
        return filterParameters;
    }
}
