package io.portalops.shared;

/**
 * A row that does not exist, or that the caller may not see: both answer the same so existence does not leak.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
