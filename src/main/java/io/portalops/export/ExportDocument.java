package io.portalops.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A document a module wrote itself (a PDF summary) to be signed and recorded like a grid export, so that it verifies
 * on the Verify export page.
 *
 * @param grid    what it is, an id like a grid's: lower case letters and dashes
 * @param filters what it covers, as shown in the export record
 * @param roles   the roles that may export it (the module still checks its own scope)
 * @param pages   recorded as the export's row count
 */
public record ExportDocument(
        String grid, Map<String, String> filters, Set<String> roles, ExportFormat format, byte[] content, long pages) {

    public ExportDocument {
        if (grid == null || !grid.matches("[a-z][a-z-]{1,31}")) {
            throw new IllegalArgumentException("A document id is lower case with dashes: " + grid);
        }
        if (format.tabular()) {
            throw new IllegalArgumentException("Rows are exported with an ExportQuery, not as a document");
        }
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        roles = Set.copyOf(roles);
        content = content.clone();
    }
}
