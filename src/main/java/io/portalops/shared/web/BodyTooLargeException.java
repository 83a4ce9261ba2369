package io.portalops.shared.web;

import java.io.IOException;

/** A request body passed its limit while being read; the API answers 413. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super(message(limit));
    }

    static String message(long limit) {
        return "The request body is larger than the limit of " + limit + " bytes for this endpoint.";
    }
}
