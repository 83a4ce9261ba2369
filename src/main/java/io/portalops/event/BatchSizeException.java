package io.portalops.event;

import io.portalops.shared.RuleViolationException;

/** A batch was refused whole for its size ({@link EventIngestion#MAX_BATCH}); nothing was stored. */
public class BatchSizeException extends RuleViolationException {

    BatchSizeException(String message) {
        super(message, 422);
    }
}
