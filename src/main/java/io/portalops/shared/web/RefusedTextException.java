package io.portalops.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string refused by {@link io.portalops.shared.text.PlainText}; its message is meant for the caller. */
class RefusedTextException extends MismatchedInputException {

    RefusedTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
    }
}
