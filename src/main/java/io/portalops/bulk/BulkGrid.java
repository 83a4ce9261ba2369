package io.portalops.bulk;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A grid whose rows can be acted on in bulk: implemented by the module that owns the grid (like the export module's
 * {@code GridExportSource}), which resolves a filter to ids through its own service, in the caller's row scope.
 */
public interface BulkGrid {

    /** The grid's id, the {@code {grid}} of {@code POST /api/bulk/{grid}/{action}}. */
    String grid();

    /** The filter parameters it takes, named as on the grid's own list endpoint. */
    Set<String> filterParameters();

    /**
     * The ids of the rows the grid would list for this filter, in the caller's scope, at most {@code limit} of them.
     * Bad filter values are refused as bad input.
     */
    List<Long> matching(Map<String, String> filter, int limit);

    List<BulkAction> actions();
}
