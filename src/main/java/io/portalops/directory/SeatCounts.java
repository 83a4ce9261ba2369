package io.portalops.directory;

/**
 * A product's active grants counted by use against its idle cutoff; {@code reclaimable} counts the idle ones and the
 * never-used ones granted before the cutoff (see {@link SeatUse#reclaimable}).
 */
public record SeatCounts(long productId, int active, int idle, int neverUsed, int reclaimable) {

    public static SeatCounts none(long productId) {
        return new SeatCounts(productId, 0, 0, 0, 0);
    }

    public int assigned() {
        return active + idle + neverUsed;
    }

    /** Seats held but not used since the cutoff. */
    public int unused() {
        return idle + neverUsed;
    }
}
