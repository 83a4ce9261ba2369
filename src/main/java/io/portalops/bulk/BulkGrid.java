package io.portalops.bulk;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A grid whose rows can be acted on in bulk, as this module sees it. The modules that own a grid extend
 * {@link AbstractBulkGrid}, the one public way in (like the export module's {@code GridExport}), and resolve a filter
 * to ids through their own service, in the caller's row scope.
 */
interface BulkGrid {

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
