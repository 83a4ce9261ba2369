package io.portalops.shared;

import java.util.Map;

/**
 * Input that breaks a rule the service checks itself (uniqueness, a policy): field name to message.
 */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        super(message);
        this.fieldErrors = Map.of(field, message);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
