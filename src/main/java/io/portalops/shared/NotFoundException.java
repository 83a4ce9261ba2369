package io.portalops.shared;

/**
 * A row that does not exist, or that the caller may not see: both answer the same so existence does not leak.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }

    /** The same answer with a hint that must hold for a missing row as much as for one out of scope. */
    public NotFoundException(String what, String hint) {
        super(what + " not found. " + hint);
    }
}
