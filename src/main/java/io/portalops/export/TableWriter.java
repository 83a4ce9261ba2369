package io.portalops.export;

import java.util.List;

/** Writes an export's rows to a file format, one row at a time. */
interface TableWriter extends AutoCloseable {

    void row(List<?> cells);

    long rows();

    @Override
    void close();
}
