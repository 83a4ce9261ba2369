package io.portalops.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the rows of one export, one at a time, in the grid's order: each row is a list of cells, each cell text, a
 * number, a {@link io.portalops.shared.Money}, a date, an instant, a boolean or null. Implementations stream from
 * the database through the module's service, so its row scope and masking apply, and hold no more than a page.
 */
@FunctionalInterface
public interface ExportRows {

    void writeTo(Consumer<List<?>> row);
}
