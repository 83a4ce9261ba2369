package io.portalops.shared;

/**
 * Someone else saved the row after the caller read it.
 */
public class StaleDataException extends RuntimeException {
    public StaleDataException(String what) {
        super("Someone else saved this " + what
                + " after you opened it. Reload to see their changes, then edit again.");
    }
}
