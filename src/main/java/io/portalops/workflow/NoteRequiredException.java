package io.portalops.workflow;

import io.portalops.shared.InvalidInputException;

/**
 * Completing a task without evidence, or skipping one without a reason. The request is well-formed but cannot be
 * processed, so the API answers 422 rather than the 400 of other input errors.
 */
public class NoteRequiredException extends InvalidInputException {

    public NoteRequiredException(String field, String message) {
        super(field, message);
    }
}
