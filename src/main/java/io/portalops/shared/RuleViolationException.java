package io.portalops.shared;

/**
 * A business rule refused the action and nothing was changed: the message is meant for the user. The API answers
 * with the given status (409 for a conflict with the record's state, 403 for a rule about who may act).
 */
public class RuleViolationException extends RuntimeException {

    private final int httpStatus;

    public RuleViolationException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
