package io.portalops.bulk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A grid whose rows can be acted on in bulk, implemented by the module that owns the grid. The id and the filter
 * parameters are fixed when the grid is built; the module says how its filter resolves to ids and which actions it
 * offers.
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

    /**
     * The ids of the rows the grid would list for this filter, in the caller's scope, at most {@code limit} of them.
     * Bad filter values are refused as bad input.
     */
    @Override
    public abstract List<Long> matching(Map<String, String> filter, int limit);

    @Override
    public abstract List<BulkAction> actions();
}
