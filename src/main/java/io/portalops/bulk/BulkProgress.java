package io.portalops.bulk;

/** Called after each row of a run, with how many rows are through and how many there are. */
@FunctionalInterface
public interface BulkProgress {

    BulkProgress NONE = (through, total) -> {};

    void rowsThrough(int through, int total);
}
